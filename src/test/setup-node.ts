import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

// Any request a test did not mock is a bug: Rapport works offline by default.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
