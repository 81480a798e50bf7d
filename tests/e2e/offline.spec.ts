import { expect, test } from '@playwright/test';

test('after one visit Rapport works with the network off: reload, practise, and get a graded reply', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: "Today's practice" })).toBeVisible();
  // The service worker is active once everything (the grader's worker and model included) is precached.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  const manifest = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href'));
  expect(manifest).toBeTruthy();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: "Today's practice" })).toBeVisible();
  await page.goto('/practice/networking-industry-event');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByLabel('Your reply').fill('I was! What did you want to show about the pilot before time ran out?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Graded by the on-device grader/)).toBeVisible();
  await context.setOffline(false);
});
