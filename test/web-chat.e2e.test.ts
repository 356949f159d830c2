import { existsSync, mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from './helpers/test-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SHOTS = new URL('../screenshots/', import.meta.url).pathname;
// .ci/run installs Debian's chromium; a developer machine without it skips, loudly.
const missing = !existsSync(CHROMIUM);
if (missing) console.warn(`web e2e skipped: ${CHROMIUM} not installed (apt-get install -y chromium fonts-noto-cjk)`);

let browser: Browser;
let server: Awaited<ReturnType<typeof startTestServer>>;
let limitedServer: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  if (missing) return;
  mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  limitedServer = await startTestServer({ RATE_LIMIT_PER_MINUTE: '2' });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
}, 30_000);
afterAll(async () => { await browser?.close(); await server?.close(); await limitedServer?.close(); });

async function askWithKeyboard(page: Page, question: string) {
  const answers = await page.locator('.bot').count();
  await page.locator('#question').fill(question);
  await page.keyboard.press('Enter');
  await page.locator('.bot').nth(answers).locator('.actions').waitFor({ timeout: 10_000 });
  return page.locator('.bot').nth(answers);
}

describe.skipIf(missing)('web chat in headless Chromium', () => {
  it('answers with citations, opens a citation in context, follows up, and answers in Chinese', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.locator('.example').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}01-welcome.png` });

    const first = await askWithKeyboard(page, "What was Tencent's capital expenditure in Q4 2024?");
    expect(await first.locator('.text').textContent()).toContain('36.578 billion yuan');
    expect(await first.locator('.sources li').count()).toBe(2);
    await first.locator('.cite').first().click();
    await page.locator('#source-text mark').waitFor();
    expect(await page.locator('#source-text mark').textContent()).toContain('36.578 billion yuan');
    expect(await page.locator('#source-meta').textContent()).toContain('定焦One');
    await page.screenshot({ path: `${SHOTS}02-citation.png` });
    await page.keyboard.press('Escape');
    expect(await page.locator('#source').isHidden()).toBe(true);

    const followUp = await askWithKeyboard(page, 'How many employees did Alibaba have at the end of 2024?');
    expect(await followUp.locator('.text').textContent()).toContain('194,320');
    const earlier = await askWithKeyboard(page, 'And a year earlier?');
    expect(await earlier.locator('.text').textContent()).toContain('219,260');

    const chinese = await askWithKeyboard(page, '阿里巴巴未来三年在云和AI基础设施上计划投入多少?');
    expect(await chinese.locator('.text').textContent()).toContain('3800亿元');
    await page.screenshot({ path: `${SHOTS}03-conversation.png`, fullPage: true });
    await page.close();
  });

  it('shows the calculation trace and the not-in-the-reports state, and is usable at phone width', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/`);
    const calc = await askWithKeyboard(page, 'On average, how much per year is Alibaba\'s three-year AI infrastructure investment plan?');
    await calc.locator('details.calc summary').click();
    expect(await calc.locator('details.calc').textContent()).toContain('per_year');
    const refused = await askWithKeyboard(page, "What's the weather like in Beijing today?");
    expect(await refused.getAttribute('class')).toContain('refused');
    expect(await refused.locator('.note').first().textContent()).toBe('Not in the reports.');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}04-phone.png`, fullPage: true });
    await page.close();
  });

  it('can be used with the keyboard alone: Tab to an example, Enter to ask', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.classList.contains('example'))); i++) await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('example'))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.bot .actions').waitFor({ timeout: 10_000 });
    expect(await page.locator('.bot .cite').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('shows a message, not a blank, when rate limited or when the server is down', async () => {
    const page = await browser.newPage();
    await page.goto(`${limitedServer.url}/`);
    for (const question of ['Who founded DeepSeek?', 'Who founded DeepSeek?']) await askWithKeyboard(page, question).catch(() => undefined);
    await page.locator('#question').fill('Who founded DeepSeek?');
    await page.keyboard.press('Enter');
    await page.locator('.error').waitFor();
    expect(await page.locator('.error').textContent()).toMatch(/Too many questions at once — try again in \d+ seconds/);
    await page.screenshot({ path: `${SHOTS}05-rate-limited.png` });
    await limitedServer.close();
    await page.locator('#question').fill('Who founded DeepSeek?');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.error').count()).toBe(2);
    expect(await page.locator('.error').nth(1).textContent()).toMatch(/Cannot reach the server/);
    await page.close();
  });
});
