import { ProgressPage } from '../../features/progress/progress-page';

export function Component() {
  return <ProgressPage />;
}
