import { TodayPage } from '../../features/today/today-page';

export function Component() {
  return <TodayPage />;
}
