import { LibraryPage } from '../../features/library/library-page';

export function Component() {
  return <LibraryPage />;
}
