import { expect, test, type Page } from '@playwright/test';

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

async function practiseOn(page: Page, day: string, reply: string) {
  await page.clock.setFixedTime(new Date(`${day}T09:00:00`));
  await page.goto('/practice/networking-industry-event');
  const again = page.getByRole('button', { name: 'Start the conversation' });
  await again.click();
  await page.getByLabel('Your reply').fill(reply);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  // Leave the conversation unfinished; the next day starts it afresh.
  await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('rapport.activeSession.'))
      .forEach((k) => localStorage.removeItem(k)),
  );
}

test('a learner practises on several days, sees the streak and trend, goes low-pressure, and takes their data away and back', async ({
  page,
}) => {
  await practiseOn(page, '2026-11-23', 'Yes. Good panel.');
  await practiseOn(page, '2026-11-24', 'I was there. What did you want to show about the pilot?');
  await practiseOn(
    page,
    '2026-11-26',
    'I was! It sounds like it ran long. What did you hope to show about your pilot?',
  );

  // The 25th was missed: the forgiving streak covers it.
  await page.goto('/');
  await expect(page.getByTestId('streak-days')).toHaveText('3 days');
  await expect(page.getByText(/1 missed day was covered/)).toBeVisible();
  await expect(page.getByTestId('weekly-goal')).toContainText('This week: 3 of 3 days');

  // A skill trend, and a point on it that opens its reply.
  await nav(page, 'Progress');
  await page.getByRole('tab', { name: 'Open questions' }).click();
  const chart = page.getByTestId('skill-open_questions');
  await expect(chart.locator('.recharts-dot')).toHaveCount(3);
  const box = (await chart.locator('.recharts-surface').first().boundingBox())!;
  await page.mouse.move(box.x + box.width - 12, box.y + box.height / 2);
  await chart.locator('.recharts-active-dot').first().click();
  await expect(page).toHaveURL(/\/attempts\//);
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('overall')).toBeVisible();

  // Low-pressure mode: words, not numbers.
  await nav(page, 'Settings');
  await page.getByLabel(/Low-pressure mode/).check();
  await page.goBack();
  await expect(page.getByTestId('overall-words')).toBeVisible();
  await expect(page.getByTestId('overall')).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Criteria' })).not.toContainText('/4');

  // Export, delete everything, import the file, and find everything back.
  await nav(page, 'Settings');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const file = (await download.path())!;
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText(/^Deleted from this browser: \d+ replies/)).toBeVisible();
  await nav(page, 'Progress');
  await expect(page.getByText('No graded replies yet')).toBeVisible();

  await nav(page, 'Settings');
  await page.getByLabel('Import an export').setInputFiles(file);
  await expect(page.getByText(/Imported .*: added 3 replies/)).toBeVisible();
  await nav(page, 'Progress');
  await expect(page.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('What did you hope to show about your pilot?', { exact: false })).toBeVisible();
});

test('an import that is not an export is refused and changes nothing', async ({ page }) => {
  await page.goto('/settings');
  await page
    .getByLabel('Import an export')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByText('notes.json was not imported: This JSON file is not a Rapport export')).toBeVisible();
});
