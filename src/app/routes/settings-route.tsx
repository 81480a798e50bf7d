import { YourData } from '../../features/data/your-data';
import { SettingsPage } from '../../features/settings/settings-page';
import { mayConnect } from '../content-security';

export function Component() {
  return (
    <div className="space-y-6">
      <SettingsPage mayConnect={mayConnect} />
      <div className="max-w-3xl">
        <YourData />
      </div>
    </div>
  );
}
