import { YourData } from '../../features/data/your-data';
import { SettingsPage } from '../../features/settings/settings-page';
import { mayConnect } from '../content-security';
import { testLlmConnection } from '../llm';

export function Component() {
  return (
    <div className="space-y-6">
      <SettingsPage testConnection={testLlmConnection} mayConnect={mayConnect} />
      <div className="max-w-3xl">
        <YourData />
      </div>
    </div>
  );
}
