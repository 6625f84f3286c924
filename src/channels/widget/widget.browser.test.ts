/**
 * End to end in headless Chromium: the demo page, the real server and the
 * real widget. Needs `/usr/bin/chromium` (`apt-get install -y chromium`).
 * Set WIDGET_SCREENSHOT=docs/widget.png to refresh the README screenshot.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createSqliteFeedbackStore } from '../../feedback/sqlite-feedback-store.js';
import { launchChromium, startTestServer, type TestServer } from './browser-harness.js';

let server: TestServer;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer();
  context = await launchChromium();
}, 60_000);

afterAll(async () => {
  await context?.close();
  await server?.running.close();
});

/** Opens the demo page, records any dialog (alert) it shows, and opens the widget. */
async function openWidget(width = 1100): Promise<{ page: Page; dialogs: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 760 });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.origin}/`);
  await page.getByRole('button', { name: 'Planasonix help', exact: true }).click();
  await page.getByRole('dialog', { name: 'Planasonix help' }).waitFor();
  return { page, dialogs };
}

const answers = (page: Page) => page.locator('article.bot[aria-busy="false"]');

/** Types a question, sends it with Enter, and waits for the `count`-th finished answer. */
async function ask(page: Page, question: string, count: number) {
  const box = page.getByRole('textbox', { name: 'Your question' });
  await box.fill(question);
  await box.press('Enter');
  const answer = answers(page).nth(count - 1);
  await answer.waitFor();
  return answer;
}

/** Elements of a kind inside the widget's shadow root. */
const countInWidget = (page: Page, selector: string) =>
  page.evaluate((css) => document.querySelector('[data-planasonix-support-bot]')!.shadowRoot!.querySelectorAll(css).length, selector);

describe('chat widget in Chromium', () => {
  it('streams a cited answer whose citation opens the guide section, and stores a thumbs down with its comment', async () => {
    const { page } = await openWidget();
    const launcher = page.getByRole('button', { name: 'Planasonix help', exact: true });
    await page.mouse.move(0, 0); // off the launcher, so it shows its resting colour
    expect(await launcher.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(31, 79, 191)'); // not the host page's hotpink
    expect(await page.getByRole('textbox', { name: 'Your question' }).evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);

    const streamed = page.waitForResponse((response) => response.url().endsWith('/v1/chat/stream'));
    const answer = await ask(page, 'I lost my authenticator phone', 1);
    expect((await streamed).headers()['content-type']).toMatch(/^text\/event-stream/);
    expect(await answer.locator('.answer').innerText()).toContain('Use the backup codes you stored offline during enrollment.');
    expect(await answer.locator('.answer p').first().evaluate((element) => getComputedStyle(element).fontFamily)).not.toContain('Georgia');

    const guideUrl = `${server.origin}/guide/login-failures#mfa-recovery`;
    const citation = answer.locator('a.citation').first();
    expect(await citation.getAttribute('href')).toBe(guideUrl);
    expect(await answer.getByRole('region', { name: 'Sources' }).getByRole('link', { name: 'Login failures › MFA recovery', exact: true }).getAttribute('href')).toBe(guideUrl);
    if (process.env.WIDGET_SCREENSHOT) await page.screenshot({ path: process.env.WIDGET_SCREENSHOT });
    const [guide] = await Promise.all([page.waitForEvent('popup'), citation.click()]);
    await guide.waitForLoadState();
    expect(new URL(guide.url()).hash).toBe('#mfa-recovery');
    expect(await guide.locator('#mfa-recovery').innerText()).toBe('MFA recovery');
    await guide.close();

    const down = answer.getByRole('button', { name: 'No, this did not help' });
    await down.click();
    const comment = answer.getByRole('textbox', { name: 'What was missing or wrong? (optional)' });
    await comment.waitFor();
    expect(await down.getAttribute('aria-pressed')).toBe('true');
    expect(await comment.evaluate((element) => (element.getRootNode() as ShadowRoot).activeElement === element)).toBe(true);
    await comment.fill('I have no backup codes either');
    await answer.getByRole('button', { name: 'Send comment' }).click();
    await answer.getByText('Thanks, your comment helps us improve the guide.').waitFor();

    const answerId = await answer.getAttribute('data-answer-id');
    const store = createSqliteFeedbackStore({ path: server.feedbackDbPath, fileMustExist: true });
    const rated = (await store.ratedDown({ limit: 50 })).find((item) => item.answer.answerId === answerId);
    await store.close();
    expect(rated).toMatchObject({
      answer: { question: 'I lost my authenticator phone', abstained: false, citedSections: ['login-failures/mfa-recovery'] },
      feedback: { rating: 'down', comment: 'I have no backup codes either' },
    });
    await page.close();
  }, 30_000);

  it('shows HTML in a question as text and never runs it, also after a reload', async () => {
    const { page, dialogs } = await openWidget();
    await ask(page, '<img src=x onerror=alert(1)>', 1);
    expect(await page.locator('.message.user').last().innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await countInWidget(page, 'img, script, iframe')).toBe(0);

    await page.reload();
    await page.getByRole('button', { name: 'Planasonix help', exact: true }).click();
    expect(await page.locator('.message.user').last().innerText()).toContain('<img src=x onerror=alert(1)>');
    await page.waitForTimeout(300); // an <img onerror> would have fired by now
    expect(await countInWidget(page, 'img, script, iframe')).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 30_000);

  it('renders a hostile answer as text: no markup, no javascript: links', async () => {
    const { page, dialogs } = await openWidget();
    const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
    const citation = { n: 1, id: 'x', title: 'T', section: 'Evil <b onmouseover=alert(4)>section</b>', source: 'login-failures.md', anchor: 'mfa-recovery', url: 'javascript:alert(5)', snippet: '', score: 0 };
    await page.route('**/v1/chat/stream', (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/event-stream' },
        body:
          event('text', { delta: '<img src=x onerror=alert(2)> **bold <i>x</i>** [click](javascript:alert(3)) see [1]\n' }) +
          event('text', { delta: '- <script>alert(6)</script> item [1]' }) +
          event('citations', { answerId: '5f2b8c1e-3d4a-4b6c-9e8f-0a1b2c3d4e5f', citations: [citation] }) +
          event('done', { answerId: '5f2b8c1e-3d4a-4b6c-9e8f-0a1b2c3d4e5f', abstained: false, degraded: false }),
      }),
    );
    const answer = await ask(page, 'anything', 1);
    expect(await answer.locator('strong').innerText()).toBe('bold <i>x</i>');
    expect(await answer.locator('.answer li').innerText()).toContain('<script>alert(6)</script> item');
    expect(await answer.locator('.answer').innerText()).toContain('[click](javascript:alert(3))');
    expect(await countInWidget(page, 'img, script, i, b, iframe, a[href^="javascript:"]')).toBe(0);
    expect(await answer.locator('a.citation').first().getAttribute('href')).toBe(`${server.origin}/guide/login-failures#mfa-recovery`);
    expect(await answer.locator('.sources a').innerText()).toBe('Evil <b onmouseover=alert(4)>section</b>');
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  }, 30_000);

  it('offers the hand-off with a conversation summary when the guide does not cover the question', async () => {
    const { page } = await openWidget();
    const question = 'how much does the enterprise plan cost per seat?';
    const answer = await ask(page, question, 1);
    expect(await answer.locator('.answer').innerText()).toContain("I couldn't find this in the Planasonix login troubleshooting guide");
    expect(await answer.getByRole('link', { name: 'Contact support' }).getAttribute('href')).toBe(server.handoffUrl);
    const summary = await answer.getByRole('textbox', { name: 'Conversation summary to paste into the contact form' }).inputValue();
    expect(summary).toContain(question);
    expect(await answer.locator('.sources').count()).toBe(0);
    await page.close();
  }, 30_000);

  it('shows rate-limit, network and server errors with a retry that works', async () => {
    const { page } = await openWidget();
    const alert = page.getByRole('alert');
    const retry = page.getByRole('button', { name: 'Retry' });
    await page.route('**/v1/chat/stream', (route) => route.fulfill({ status: 429, headers: { 'content-type': 'application/json', 'retry-after': '7' }, body: '{"error":{"code":"rate_limited","message":"Too many requests"}}' }), { times: 1 });
    const box = page.getByRole('textbox', { name: 'Your question' });
    await box.fill('I lost my authenticator phone');
    await box.press('Enter');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Please wait about 7 seconds, then retry.');
    expect(await page.locator('article.bot').count()).toBe(0);
    await retry.click();
    await answers(page).first().waitFor();
    expect(await alert.isHidden()).toBe(true);
    expect(await page.locator('.message.user').count()).toBe(1);

    await page.route('**/v1/chat/stream', (route) => route.abort('internetdisconnected'), { times: 1 });
    await box.fill('and what about hardware keys?');
    await box.press('Enter');
    await alert.waitFor();
    expect(await alert.innerText()).toContain("Can't reach the help service");

    await page.route('**/v1/chat/stream', (route) => route.fulfill({ status: 503, headers: { 'content-type': 'application/json' }, body: '{"error":{"code":"index_missing","message":"x"}}' }), { times: 1 });
    await retry.click();
    await page.getByText('The help service is having trouble (error 503)').waitFor();
    await retry.click();
    await answers(page).nth(1).waitFor();
    expect(await alert.isHidden()).toBe(true);
    await page.close();
  }, 30_000);

  it('keeps the conversation for the tab, sends it as history, and starts over on request', async () => {
    const { page } = await openWidget();
    await ask(page, 'I lost my authenticator phone', 1);
    const request = page.waitForRequest((sent) => sent.url().endsWith('/v1/chat/stream'));
    await ask(page, 'what if I do not have those either?', 2);
    const history = (await request).postDataJSON().history as { role: string; content: string }[];
    expect(history.map((turn) => turn.role)).toEqual(['user', 'assistant']);
    expect(history[0]!.content).toBe('I lost my authenticator phone');
    expect(history[1]!.content).toContain('Use the backup codes you stored offline during enrollment. [1]');

    await page.reload();
    await page.getByRole('button', { name: 'Planasonix help', exact: true }).click();
    expect(await page.locator('.message.user').count()).toBe(2);
    expect(await answers(page).count()).toBe(2);

    await page.getByRole('button', { name: 'New conversation' }).click();
    expect(await page.locator('.message').count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.close();
  }, 30_000);

  it('works by keyboard alone and fits a 360 px wide screen', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${server.origin}/`);
    const launcherFocused = () =>
      page.evaluate(() => {
        const host = document.querySelector('[data-planasonix-support-bot]');
        return document.activeElement === host && host?.shadowRoot?.activeElement?.classList.contains('launcher') === true;
      });
    for (let presses = 0; presses < 10 && !(await launcherFocused()); presses += 1) await page.keyboard.press('Tab');
    expect(await launcherFocused()).toBe(true);

    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Planasonix help' }).waitFor();
    await page.keyboard.type('I lost my authenticator phone');
    await page.keyboard.press('Enter');
    await answers(page).first().waitFor();

    const panel = await page.getByRole('dialog', { name: 'Planasonix help' }).boundingBox();
    expect(panel).toMatchObject({ x: 0, width: 360 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await page.locator('.log').evaluate((log) => log.scrollWidth <= log.clientWidth)).toBe(true);
    expect(await page.getByRole('button', { name: 'Yes, this helped' }).evaluate((button) => button.getBoundingClientRect().right <= 360)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.getByRole('dialog', { name: 'Planasonix help' }).isHidden()).toBe(true);
    expect(await launcherFocused()).toBe(true);
    await page.close();
  }, 30_000);
});
