import { expect, test, type Page } from '@playwright/test';

const REPLY =
  "That sounds like it mattered a lot to you. What was the hardest part of it, and how did you handle it? I'm happy to help; could we talk again next week?";

async function sendReply(page: Page, text: string) {
  await page.getByLabel('Your reply').fill(text);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
}

test("a new user does today's scenario to the end and finds it on the progress page", async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: "Today's practice" })).toBeVisible();
  await expect(page.getByTestId('streak-days')).toHaveText('0 days');
  await page.getByRole('link', { name: 'Start practice' }).click();
  await page.getByRole('button', { name: 'Start the conversation' }).click();

  let moments = 0;
  // Web-first: wait until either the reply box or the debrief is on screen, then look which.
  const reply = page.getByLabel('Your reply');
  const debrief = page.getByTestId('debrief');
  for (;;) {
    await expect(reply.or(debrief).first()).toBeVisible();
    if (await debrief.count()) break;
    await sendReply(page, REPLY);
    // Each criterion shows its level in words and numbers.
    await expect(page.getByRole('group', { name: 'Criteria' }).getByRole('button').first()).toContainText(/\d\/4/);
    await page.getByRole('button', { name: 'Continue the conversation' }).click();
    moments += 1;
    expect(moments).toBeLessThan(12);
  }
  expect(moments).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('conversation-listening')).toContainText(/Listening across the conversation: \d+\/100/);
  await expect(page.getByRole('link', { name: 'See your progress' })).toBeVisible();
  await page.getByRole('link', { name: 'See your progress' }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  // A tab per skill graded (the three core skills, plus the scenario's own), each with its chart.
  expect(await page.getByRole('tab').count()).toBeGreaterThanOrEqual(3);
  await expect(page.getByTestId('skill-chart').locator('.recharts-line-curve')).toHaveCount(2);
  await expect(page.getByTestId('skill-active_listening')).toContainText('latest:');
  await expect(page.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toHaveCount(moments);

  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByTestId('streak-days')).toHaveText('1 day');
  expect(errors).toEqual([]);
});

test('feedback, retry, reload mid-scenario, and reopening an attempt', async ({ page }) => {
  await page.goto('/scenarios');
  await page.getByRole('link', { name: 'Meeting someone new at an industry event' }).click();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await expect(page.getByTestId('persona-line')).toContainText('automation panel');

  // An empty reply is refused with a reason.
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByRole('alert')).toContainText("empty reply can't be graded");

  // A closed question: feedback, with a suggestion built from the partner's words.
  await sendReply(page, 'Yes, I was there. Was it good?');
  await expect(page.getByTestId('overall')).toHaveText(/\d+/);
  await expect(page.getByRole('button', { name: /Open questions.*Emerging · 1\/4/ })).toBeVisible();
  await expect(page.getByTestId('suggestion')).toBeVisible();

  // Retry the moment: the new grade is shown beside the old.
  await page.getByRole('button', { name: 'Retry this moment' }).click();
  await sendReply(
    page,
    "I was! I'm Sam. I'd love to hear about your pilot: what did you want to show before it ran out of time?",
  );
  await expect(page.getByTestId('comparison')).toContainText('Before');
  await expect(page.getByTestId('comparison').getByRole('row', { name: /Open questions/ })).toContainText('(+');

  // An open question opens the persona up.
  await page.getByRole('button', { name: 'Continue the conversation' }).click();
  await expect(page.getByTestId('persona-line')).toContainText('cross-dock');

  // Reload in the middle: the session resumes at the same moment, with the conversation so far.
  await page.reload();
  await expect(page.getByText("you're where you left off")).toBeVisible();
  await expect(page.getByTestId('persona-line')).toContainText('cross-dock');
  await expect(page.getByText("I was! I'm Sam.", { exact: false })).toBeVisible();

  // HTML in a reply is shown as text.
  await sendReply(page, '<b>So</b> the night shift had seen three systems fail. How did you win them over?');
  await expect(page.getByTestId('highlighted-reply')).toContainText('<b>So</b>');

  await page.getByRole('link', { name: 'Progress' }).click();
  const attempts = page.getByRole('list', { name: 'Attempts' }).getByRole('listitem');
  await expect(attempts).toHaveCount(3);
  await attempts.first().getByRole('link', { name: 'View feedback' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('highlighted-reply').locator('mark').first()).toBeVisible();
  await expect(page.getByTestId('highlighted-reply')).toContainText('three systems fail');
});

test('practice still works, with a notice, when storage is unavailable', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/practice/feedback-missed-deadline');
  await expect(page.getByText('Your history will not be kept')).toBeVisible();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page
    .getByLabel('Your reply')
    .fill('On Tuesday the segment list arrived two days late, which meant the email slipped. What happened?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByText(/could not be saved to your history/)).toBeVisible();
});

test("today's scenario is the same all day and changes tomorrow", async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T08:00:00'));
  await page.goto('/');
  // The scenario card appears once history is read; wait for it rather than the first heading.
  const todays = page.getByTestId('today-scenario');
  const morning = (await todays.textContent())!.trim();
  await page.clock.setFixedTime(new Date('2026-12-01T22:00:00'));
  await page.reload();
  await expect(todays).toHaveText(morning);
  await page.clock.setFixedTime(new Date('2026-12-02T08:00:00'));
  await page.reload();
  await expect(todays).toBeVisible();
  await expect(todays).not.toHaveText(morning);
});

test('one tab at a time practises a scenario, and a half-written reply survives a reload', async ({
  context,
  page,
}) => {
  await page.goto('/practice/networking-industry-event');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  const draft = 'I was there too, and I wanted to ask';
  await page.getByLabel('Your reply').fill(draft);

  const second = await context.newPage();
  await second.goto('/practice/networking-industry-event');
  await expect(second.getByText('This scenario is open in another tab')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Your reply')).toHaveValue(draft);

  await page.close();
  // The browser lets go of a closed tab's lock a moment later: try again until it has.
  await expect(async () => {
    await second.getByRole('button', { name: 'Try again' }).click({ timeout: 1_000 });
    await expect(second.getByLabel('Your reply')).toHaveValue(draft, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test('Settings shows whether the browser keeps the history, and asks it to', async ({ page }) => {
  await page.goto('/settings');
  await expect(page.getByText('Storage: the browser may clear it after a while without visits.')).toBeVisible();
  await page.getByRole('button', { name: 'Ask the browser to keep it' }).click();
  // Chromium decides from engagement: either answer is shown in words, never an error.
  await expect(
    page.getByText(/Storage: kept until you delete it\.|The browser did not agree this time/).first(),
  ).toBeVisible();
});
