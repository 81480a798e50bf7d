import { YourData } from '../../features/data/your-data';
import { SettingsPage } from '../../features/settings/settings-page';

export function Component() {
  return (
    <div className="space-y-6">
      <SettingsPage />
      <div className="max-w-3xl">
        <YourData />
      </div>
    </div>
  );
}
