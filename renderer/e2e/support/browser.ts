/**
 * Debian's Chromium driven by playwright-core (no browser download). Without it the tests skip with
 * a message — except in CI (`CI=true`), where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Whether the browser is there; throws in CI when it is not. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`CI 环境缺少 Chromium：${CHROMIUM}（apt-get install chromium fonts-noto-cjk）`);
  console.warn(`[e2e] 跳过：未找到 Chromium（${CHROMIUM}）。安装 Debian 的 chromium 与 fonts-noto-cjk 后可运行端到端测试。`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
}

/** A 1440×900 zh-CN page that records console errors and uncaught exceptions. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}

/** Waits until the page `key` reports every chart rendered (`data-ready="true"`). */
export async function waitReady(page: Page, key: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`[data-page="${key}"][data-ready="true"]`, { timeout });
}

/** Navigates inside the app by hash (as the navigation menu does). */
export async function goPage(page: Page, key: string): Promise<void> {
  await page.evaluate((k) => {
    const q = location.hash.indexOf('?');
    location.hash = '#/' + k + (q >= 0 ? location.hash.slice(q) : '');
  }, key);
  await waitReady(page, key);
}
