import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { router } from './app/router';
import { narrowConnections } from './app/content-security';
import './index.css';

narrowConnections();

// Once the first page is up, fetch the other pages' code in the background, so moving to them is instant.
const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1500));
idle(() => {
  void import('./app/routes/progress-route');
  void import('./app/routes/practice-route');
  void import('./app/routes/library-route');
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
