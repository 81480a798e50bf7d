import { setupServer } from 'msw/node';

/** No handlers by default: the embedded grader and local storage never touch the network. */
export const server = setupServer();
