import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const example = readFileSync('scenarios/networking-industry-event.yaml', 'utf8')
  .replace('id: networking-industry-event', 'id: my-coffee-chat')
  .replace('title: Meeting someone new at an industry event', 'title: My coffee chat');

test('browse and filter the library, import a broken file, fix it, and play it', async ({ page }) => {
  await page.goto('/scenarios');
  const list = page.getByRole('list', { name: 'Scenario list' });
  await expect(list.locator(':scope > li').first()).toBeVisible();
  const total = await list.locator(':scope > li').count();
  expect(total).toBeGreaterThanOrEqual(3);

  await page.getByLabel('Difficulty').selectOption('1');
  await expect(list.locator(':scope > li')).not.toHaveCount(total);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('searchbox').fill('Priya Raman');
  await expect(list.locator(':scope > li')).toHaveCount(1);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // A mistake in the file: the error says where it is, and nothing is imported.
  await page.getByLabel('Import a scenario file').setInputFiles({
    name: 'coffee.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(example.replace('goto: pilot-story', 'goto: wrap-up')),
  });
  await expect(page.getByText('coffee.yaml: beats[0].branches[0].goto: unknown beat "wrap-up"')).toBeVisible();
  await expect(list.locator(':scope > li')).toHaveCount(total);

  // Fixed: it imports, and plays like a built-in one.
  await page
    .getByLabel('Import a scenario file')
    .setInputFiles({ name: 'coffee.yaml', mimeType: 'text/yaml', buffer: Buffer.from(example) });
  await expect(page.getByText('Imported “My coffee chat”')).toBeVisible();
  await expect(list.locator(':scope > li')).toHaveCount(total + 1);
  await page.getByRole('link', { name: 'My coffee chat' }).click();
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByLabel('Your reply').fill("Hi, I'm Sam. What were you hoping to show about the pilot?");
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();

  // It survives a reload, and can be exported again unchanged.
  await page.goto('/scenarios');
  const download = page.waitForEvent('download');
  await list.locator(':scope > li', { hasText: 'My coffee chat' }).getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('coffee.yaml');
  expect(readFileSync((await file.path())!, 'utf8')).toBe(example);
});

test('a weak and a strong reply lead to different reactions', async ({ page }) => {
  for (const [reply, reaction] of [
    ['Yes. Good panel.', 'find my seat'],
    ['I was! What did you want to show about the pilot before time ran out?', 'cross-dock'],
  ] as const) {
    await page.goto('/practice/networking-industry-event');
    // Each round starts from a clean slate (localStorage is cleared at its end), so the briefing shows.
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.getByLabel('Your reply').fill(reply);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.getByRole('button', { name: 'Continue the conversation' }).click();
    await expect(page.getByTestId('persona-line')).toContainText(reaction);
    await page.evaluate(() => localStorage.clear());
  }
});
