// The cross-engine smoke journey: the practice loop as data, one step per line of the report. A step has a
// name (printed with the engine when it fails) and an action over the engine-neutral page of page.js, so the
// same steps run in Chromium, Firefox and WebKit.

const REPLY = 'That sounds like it mattered a lot to you. What was the hardest part of it, and how did you handle it?';

/** @typedef {import('./page.js').Page} Page */
/**
 * What a run notes on the way: times, and the feedback as shown, which run.js compares across the engines that
 * saw the same opening line (a conversation picks one wording per beat at random): the same reply to the same
 * line must get the same grade and suggestion everywhere.
 * @typedef {{ openedAt?: number, sentAt?: number, firstScoreMs?: number, opening?: string, feedback?: string }} Notes
 */
/** @type {{ name: string, run: (page: Page, notes: Notes) => Promise<void> }[]} */
export const journey = [
  {
    name: 'open Today',
    run: async (page) => {
      await page.goto('/');
      await page.waitFor({ role: 'heading', name: "Today's practice" });
    },
  },
  {
    name: "start today's scenario",
    run: async (page, notes) => {
      await page.click({ role: 'link', name: 'Start practice' });
      await page.click({ role: 'button', name: 'Start the conversation' });
      notes.opening = (await page.waitFor({ testId: 'persona-line' })).text;
      // The page starts the grader's worker now; how long before Send decides how warm it is.
      notes.openedAt = performance.now();
    },
  },
  {
    name: 'send a reply',
    run: async (page, notes) => {
      await page.fill({ label: 'Your reply' }, REPLY);
      await page.click({ role: 'button', name: 'Send reply' });
      notes.sentAt = performance.now();
    },
  },
  {
    name: 'see the feedback with a score',
    run: async (page, notes) => {
      // The first grade starts the grader's worker and loads its language model.
      await page.waitFor({ testId: 'overall' }, { text: /^\d{1,3}$/ });
      notes.firstScoreMs = performance.now() - (notes.sentAt ?? 0);
      const criteria = await page.waitFor({ role: 'group', name: 'Criteria' }, { text: /\d\/4/ });
      const score = await page.waitFor({ testId: 'overall' });
      const suggestion = await page.waitFor({ testId: 'suggestion' });
      notes.feedback = [score.text, criteria.text, suggestion.text].join(' | ');
      await page.screenshot('feedback');
    },
  },
  {
    name: 'reload and resume',
    run: async (page) => {
      const before = (await page.waitFor({ testId: 'persona-line' })).text;
      await page.click({ role: 'button', name: 'Continue the conversation' });
      const next = (await page.waitFor({ testId: 'persona-line' }, { text: (t) => t !== before })).text;
      // A reload while the service worker is still activating (it precaches about 5 MB on the first visit) can
      // make Firefox fail a request the worker intercepts (workbox#1783); the step is about resuming, so it waits.
      await page.serviceWorkerReady();
      await page.reload();
      await page.waitFor({ text: "you're where you left off" });
      await page.waitFor({ testId: 'persona-line' }, { text: next });
      await page.waitFor({ role: 'list', name: 'Conversation' }, { text: REPLY });
    },
  },
  {
    name: 'open Progress and see a chart',
    run: async (page) => {
      await page.click({ role: 'link', name: 'Progress', within: { role: 'navigation', name: 'Main' } });
      await page.waitFor({ role: 'heading', name: 'Progress' });
      await page.waitFor({ role: 'figure', name: 'Skill levels over time', has: '.recharts-surface .recharts-dot' });
      await page.screenshot('progress');
    },
  },
  {
    name: 'no script errors',
    run: async (page) => page.expectNoErrors(),
  },
];
