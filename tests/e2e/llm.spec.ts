import { expect, test, type Page } from '@playwright/test';

const MOCK = 'http://127.0.0.1:4319';
const setMode = (mode: string) => fetch(`${MOCK}/__mode`, { method: 'POST', body: JSON.stringify({ mode }) });

async function configureLlm(page: Page) {
  await page.goto('/settings');
  await page.getByLabel('A language model you choose').check();
  await page.getByLabel('Endpoint', { exact: true }).selectOption('custom');
  await page.getByLabel('Base URL', { exact: true }).fill('not a url');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toContainText('enter a full http:// or https:// address');
  await page.getByLabel('Base URL', { exact: true }).fill(`${MOCK}/v1`);
  await page.getByLabel('Model', { exact: true }).fill('mock-model');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText(/Connected: “mock-model” answered/)).toBeVisible();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
}

async function send(page: Page, reply: string) {
  await page.getByLabel('Your reply').fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
}

test.beforeEach(async () => {
  await setMode('ok');
});

test('grades with the LLM, lets it speak for the persona, recovers from a rate limit, and falls back honestly', async ({
  page,
}) => {
  await configureLlm(page);
  await page.goto('/practice/networking-industry-event');
  await page.getByRole('button', { name: 'Start the conversation' }).click();

  // A good grade from the model, with a better version shown beside the reply.
  await send(page, "I was! I'm Sam. What did you want to show about the pilot?");
  await expect(page.getByText(/Graded by mock-model/)).toBeVisible();
  await expect(page.getByTestId('better-version')).toContainText('(mock better version)');

  // The next beat allows the model to speak: its line streams in, as text.
  await page.getByRole('button', { name: 'Continue the conversation' }).click();
  await expect(page.getByTestId('persona-line')).toContainText('the night shift was the hard part', {
    timeout: 10_000,
  });

  // A rate limit that recovers: still graded by the model.
  await setMode('rate-limit-once');
  await send(page, 'So the people were the hard part. What changed their minds?');
  await expect(page.getByText(/Graded by mock-model/)).toBeVisible();
  await expect(page.getByTestId('grade-notice')).toHaveCount(0);

  // A malformed answer: the embedded grade, marked as such, and the reply kept.
  await page.getByRole('button', { name: 'Retry this moment' }).click();
  await setMode('malformed');
  await send(page, 'That sounds like a long road. How did the shift leads react?');
  await expect(page.getByTestId('grade-notice')).toContainText('could not grade this reply');
  await expect(page.getByText(/Graded by the on-device grader/)).toBeVisible();
  await expect(page.getByTestId('highlighted-reply')).toContainText('How did the shift leads react?');

  // Later, with the endpoint working again, regrade with the model from the feedback view.
  await setMode('ok');
  await page.getByRole('button', { name: 'Regrade with mock-model' }).click();
  await expect(page.getByText(/Graded by mock-model/)).toBeVisible();
  await expect(page.getByTestId('grade-notice')).toHaveCount(0);
});

test('a wrong key or a server that is down says what is wrong, and practice goes on', async ({ page }) => {
  await configureLlm(page);
  await setMode('bad-key');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('The API key was refused (401). Check the key in Settings.')).toBeVisible();

  await setMode('down');
  await page.goto('/practice/admitting-report-mistake');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await send(page, "I made a mistake in the Q3 report and I'm sorry. I'll send a corrected version by 3pm.");
  await expect(page.getByTestId('grade-notice')).toContainText('server had a problem (503)');
  await expect(page.getByTestId('overall')).toHaveText(/\d+/);
});

test('a model that stalls after the headers never traps the learner: the on-device grade and the scripted line are a click away', async ({
  page,
}) => {
  await configureLlm(page);
  await page.goto('/practice/networking-industry-event');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await setMode('stall');
  const reply = "I was! I'm Sam. What did you want to show about the pilot?";
  await page.getByLabel('Your reply').fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByText('Grading your reply…')).toBeVisible();
  await page.getByRole('button', { name: 'Use the on-device grade' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('grade-notice')).toContainText('You chose the on-device grade');
  await expect(page.getByText(/Graded by the on-device grader/)).toBeVisible();

  // The next beat lets the model speak; it stalls too, and the scripted line is one click away.
  await page.getByRole('button', { name: 'Continue the conversation' }).click();
  await page.getByRole('button', { name: 'Skip to the scripted line' }).click();
  await expect(page.getByText(/You skipped the language model’s line/)).toBeVisible();
  await expect(page.getByLabel('Your reply')).toBeVisible();
});
