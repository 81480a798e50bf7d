import { ProgressPage } from '../../features/progress/progress-page';
import { useScenarioTitles } from '../catalogue';

export function Component() {
  return <ProgressPage titles={useScenarioTitles()} />;
}
