import { z } from 'zod';

// zod compiles fast parsers with `new Function` when it may; the page's Content Security Policy
// forbids eval, and even zod's probe for it is reported as a violation. Imported first by every
// entry point (the page and the grader's worker), before any schema parses.
z.config({ jitless: true });
