import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Serious and critical violations of WCAG 2.1 A and AA on the page as it is now. */
async function violations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${where}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test('every page and state that matters has no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  await page.goto('/');
  await expect(page.getByTestId('today-scenario')).toBeVisible();
  found.push(...(await violations(page, 'Today')));

  await page.goto('/scenarios');
  await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
  found.push(...(await violations(page, 'Library')));

  await page.goto('/practice/networking-industry-event');
  await expect(page.getByRole('button', { name: 'Start the conversation' })).toBeVisible();
  found.push(...(await violations(page, 'Briefing')));
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByLabel('Your reply').fill('I was! What did you want to show about the pilot before time ran out?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  found.push(...(await violations(page, 'Feedback')));
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: 'Continue the conversation' }).click();
    await expect(page.getByLabel('Your reply').or(page.getByTestId('debrief')).first()).toBeVisible();
    if (await page.getByTestId('debrief').count()) break;
    await page.getByLabel('Your reply').fill('So the night shift was the hard part. What won them over in the end?');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'See your progress' })).toBeVisible();
  found.push(...(await violations(page, 'Debrief')));

  await page.goto('/progress');
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expect(page.getByTestId('skill-profile')).toBeVisible();
  found.push(...(await violations(page, 'Progress')));
  await page.getByRole('link', { name: 'View feedback' }).first().click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  found.push(...(await violations(page, 'Attempt page')));
  await page.goto('/progress');
  await page.getByRole('link', { name: 'Open conversation' }).first().click();
  await expect(page.getByTestId('outcome')).toBeVisible();
  found.push(...(await violations(page, 'Conversation page')));

  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  found.push(...(await violations(page, 'Settings')));
  await page.getByLabel('A language model you choose').check();
  found.push(...(await violations(page, 'Settings with a model')));
  await page.getByRole('button', { name: 'Delete everything…' }).click();
  found.push(...(await violations(page, 'Delete confirmation')));

  expect(found).toEqual([]);
});

/** Presses Tab until the focused element's accessible text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return `${el?.getAttribute('aria-label') ?? ''} ${el?.textContent ?? ''}`.trim();
    });
    if (name.test(text)) return;
  }
  throw new Error(`never reached ${name} with Tab`);
}

test('a whole conversation with the keyboard alone', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByTestId('today-scenario')).toBeVisible();
  await tabTo(page, /^Start practice$/);
  await page.keyboard.press('Enter');
  // The briefing's start button has focus on arrival.
  await expect(page.getByRole('button', { name: 'Start the conversation' })).toBeFocused();
  await page.keyboard.press('Enter');
  for (let moment = 0; moment < 12; moment++) {
    const box = page.getByLabel('Your reply');
    await expect(box).toBeFocused();
    await page.keyboard.type('So that part was hard for you. What happened next?');
    await page.keyboard.press('Control+Enter');
    // Focus lands on the feedback when it arrives.
    const feedback = page.getByTestId('feedback');
    await expect(feedback).toBeVisible();
    await expect(page.locator(':focus')).toContainText('Feedback on your reply');
    await tabTo(page, /^Continue the conversation$/);
    await page.keyboard.press('Enter');
    await expect(box.or(page.getByTestId('debrief')).first()).toBeVisible();
    if (await page.getByTestId('debrief').count()) break;
  }
  await expect(page.getByTestId('debrief')).toBeVisible();
  await tabTo(page, /^See your progress$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
});

test.describe('in the dark theme the system asks for', () => {
  test.use({ colorScheme: 'dark' });

  test('the main pages keep their contrast', async ({ page }) => {
    const found: string[] = [];
    await page.goto('/');
    await expect(page.getByTestId('today-scenario')).toBeVisible();
    // The page really is dark: its background is not white.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toMatch(/rgb\(2[45]\d, 2[45]\d, 2[45]\d\)/);
    found.push(...(await violations(page, 'Today (dark)')));
    await page.goto('/practice/networking-industry-event');
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page
      .getByLabel('Your reply')
      .fill('I just kind of wanted to say hi. What did you want to show about the pilot?');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    found.push(...(await violations(page, 'Feedback (dark)')));
    await page.goto('/progress');
    await expect(page.getByTestId('skill-profile')).toBeVisible();
    found.push(...(await violations(page, 'Progress (dark)')));
    await page.goto('/settings');
    await page.getByLabel('A language model you choose').check();
    found.push(...(await violations(page, 'Settings (dark)')));
    expect(found).toEqual([]);
  });
});

test('usable at 200 % zoom and 360 px wide: no page scrolls sideways', async ({ page }) => {
  test.setTimeout(90_000);
  // 640 CSS pixels is a 1280-pixel window at 200 % zoom.
  for (const width of [640, 360]) {
    await page.setViewportSize({ width, height: 720 });
    const wide: string[] = [];
    const check = async (where: string) => {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow > 1) wide.push(`${where} at ${width}px: ${overflow}px too wide`);
    };
    await page.goto('/');
    // A fresh start at each width: the conversation of the last round would otherwise resume.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByTestId('today-scenario')).toBeVisible();
    await check('Today');
    await page.goto('/scenarios');
    await expect(page.getByRole('heading', { name: 'Scenarios' })).toBeVisible();
    await check('Library');
    await page.goto('/practice/networking-industry-event');
    await page.getByRole('button', { name: 'Start the conversation' }).click();
    await page.getByLabel('Your reply').fill('I was! What did you want to show about the pilot before time ran out?');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect(page.getByTestId('feedback')).toBeVisible();
    await check('Feedback');
    await page.goto('/progress');
    await expect(page.getByTestId('skill-profile')).toBeVisible();
    await check('Progress');
    await page.goto('/settings');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await check('Settings');
    expect(wide).toEqual([]);
  }
});
