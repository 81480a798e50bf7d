import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useDatabaseForTests } from '../storage/database';
import { saveSession } from '../storage/history';
import { Layout } from './layout';

describe('layout', () => {
  it('shows the backup reminder on the pages, but not while practising', async () => {
    useDatabaseForTests('layout-reminder');
    for (let i = 0; i < 20; i++) {
      await saveSession({
        id: `s${i}`,
        scenarioId: 'networking-industry-event',
        scenarioVersion: 1,
        startedAt: '2026-11-20T10:00:00.000Z',
        finishedAt: '2026-11-20T10:05:00.000Z',
        attemptIds: [],
        overall: 50,
      });
    }
    const router = createMemoryRouter(
      [
        {
          path: '/',
          element: <Layout />,
          children: [
            { index: true, element: <p>Today</p> },
            { path: 'practice/:scenarioId', element: <p>Practising</p> },
          ],
        },
      ],
      { initialEntries: ['/practice/networking-industry-event'] },
    );
    render(<RouterProvider router={router} />);
    await screen.findByText('Practising');

    await router.navigate('/');
    const reminder = await screen.findByRole('complementary', { name: 'Backup reminder' }, { timeout: 3000 });
    expect(reminder).toHaveTextContent('your 20 conversations live only in this browser');

    await router.navigate('/practice/networking-industry-event');
    await waitFor(() => expect(screen.queryByRole('complementary', { name: 'Backup reminder' })).toBeNull());
  });
});
