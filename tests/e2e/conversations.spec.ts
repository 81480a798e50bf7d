import { expect, test, type Locator, type Page } from '@playwright/test';

// Closed, self-contained replies: the networking scenario goes opening → polite brush-off → farewell.
const REPLIES = [
  'Yes, I was in that panel this morning and it was good.',
  'Of course, I understand completely. Enjoy the next session then.',
  'Nice to meet you too, and enjoy the rest of the conference.',
];

async function sendReply(page: Page, text: string) {
  await page.getByLabel('Your reply').fill(text);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
}

const centre = async (locator: Locator) => {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
};

test('a finished conversation comes back from Progress with its debrief, and each chart point opens its own reply', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  // A short conversation, to its debrief, in one sitting: the replies fall in the same minute.
  await page.goto('/practice/networking-industry-event');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  const sent: string[] = [];
  const box = page.getByLabel('Your reply');
  for (;;) {
    // Web-first: wait for the reply box or the debrief, then look which.
    await expect(box.or(page.getByTestId('debrief')).first()).toBeVisible();
    if (await page.getByTestId('debrief').count()) break;
    const reply = REPLIES[sent.length]!;
    await sendReply(page, reply);
    sent.push(reply);
    await page.getByRole('button', { name: 'Continue the conversation' }).click();
    expect(sent.length).toBeLessThanOrEqual(REPLIES.length);
  }
  expect(sent).toEqual(REPLIES);
  const debrief = page.getByTestId('debrief');
  const outcome = (await debrief.getByTestId('outcome').textContent())!;
  const tips = await debrief.locator('h3:has-text("Tips for next time") + ul > li').allTextContents();
  expect(tips.length).toBeGreaterThan(0);

  // A reload on the debrief (once it is saved) lands on the briefing, which links to this conversation's debrief.
  await expect(page.getByRole('link', { name: 'See your progress' })).toBeVisible();
  await page.reload();
  await page.getByRole('link', { name: /Your last time here/ }).click();
  await expect(page).toHaveURL(/\/conversations\//);
  await expect(page.getByTestId('outcome')).toHaveText(outcome);
  await page.goBack();
  await page.waitForURL(/\/practice\//);

  // Progress → conversations → this conversation, with the debrief's outcome and tips.
  await page.goto('/progress');
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: /Conversations \(1\)/ })
    .click();
  const conversations = page.getByRole('list', { name: 'Conversations' });
  await expect(conversations.getByRole('listitem')).toHaveCount(1);
  await expect(conversations).toContainText('Meeting someone new at an industry event');
  await expect(conversations).toContainText('3 replies');
  await conversations.getByRole('link', { name: 'Open conversation' }).click();
  await expect(page).toHaveURL(/\/conversations\//);
  await expect(page.getByRole('heading', { name: 'Meeting someone new at an industry event' })).toBeVisible();
  const transcript = page.getByRole('list', { name: 'Conversation' });
  for (const reply of REPLIES) await expect(transcript).toContainText(reply);
  await expect(page.getByTestId('outcome')).toHaveText(outcome);
  await expect(page.getByRole('list', { name: 'Tips for next time' }).getByRole('listitem')).toHaveText(tips);
  const conversationUrl = page.url();

  // Every point of the chart opens exactly its own reply, by hover and click, and by keyboard.
  await page.getByRole('link', { name: '← Progress' }).click();
  const chart = page.getByTestId('skill-active_listening');
  const points = chart.getByRole('link');
  await expect(points).toHaveCount(3);
  // Where each reply lives, from the list of replies.
  const replyRows = page.getByRole('list', { name: 'Attempts' }).getByRole('listitem');
  const pageOf = (reply: string) =>
    replyRows.filter({ hasText: reply }).getByRole('link', { name: 'View feedback' }).getAttribute('href');
  const hrefs = await Promise.all(REPLIES.map(pageOf));
  expect(new Set(hrefs).size).toBe(3);
  const opened = () => new URL(page.url()).pathname;
  for (const [i, reply] of REPLIES.entries()) {
    await chart.scrollIntoViewIfNeeded();
    const dot = points.nth(i).locator('.recharts-dot');
    const at = await centre(dot);
    await page.mouse.move(at.x, at.y);
    // The highlighted point is the one under the pointer, not a neighbour sharing its minute.
    const active = await centre(chart.locator('.recharts-active-dot circle'));
    expect(Math.abs(active.x - at.x)).toBeLessThan(1);
    expect(Math.abs(active.y - at.y)).toBeLessThan(1);
    await page.mouse.click(at.x, at.y);
    await expect(page.getByTestId('feedback')).toBeVisible();
    expect(opened()).toBe(hrefs[i]);
    await expect(page.getByTestId('highlighted-reply')).toContainText(reply.split(' ')[0]!);
    await page.goBack();
    await expect(points).toHaveCount(3);
  }
  // Keyboard: one tab stop on the newest point, arrows to move, Enter to open.
  await points.nth(2).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(points.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feedback')).toBeVisible();
  expect(opened()).toBe(hrefs[1]);

  // And from the reply back to the whole conversation.
  await page.getByRole('link', { name: 'See the whole conversation' }).click();
  await expect(page).toHaveURL(conversationUrl);
  await expect(page.getByTestId('debrief')).toContainText(tips[0]!);
  expect(errors).toEqual([]);
});
