import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './layout';
import { RouteError } from './route-error';

const loading = <p className="p-8 text-sm text-slate-500">Loading…</p>;

/** Routes are lazy so the first page does not pay for the grader, charts or storage code it does not use. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: loading,
    children: [
      { index: true, lazy: () => import('./routes/today-route') },
      { path: 'scenarios', lazy: () => import('./routes/library-route') },
      { path: 'practice/:scenarioId', lazy: () => import('./routes/practice-route') },
      { path: 'progress', lazy: () => import('./routes/progress-route') },
      { path: 'attempts/:attemptId', lazy: () => import('./routes/attempt-route') },
      { path: 'conversations/:sessionId', lazy: () => import('./routes/conversation-route') },
      { path: 'settings', lazy: () => import('./routes/settings-route') },
      { path: '*', element: <RouteError notFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
