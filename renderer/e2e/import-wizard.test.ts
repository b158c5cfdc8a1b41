/**
 * End to end: the import wizard on a fresh workspace — choose a sample export, see the detected kind
 * and mapping, import, see the result, and find the batch with its provenance in the list.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, newPage, waitReady } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { SAMPLE_EXPORTS } from './support/paths.ts';
import { startHost, type Host } from './support/server.ts';
import { freshWorkspace, removeWorkspace } from './support/workspace.ts';

const FILE = '行政处罚_双公示_徐圩新区_2024.xlsx';

describe.skipIf(!chromiumAvailable())('数据导入向导（新建工作区）', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let workspace: string;

  beforeAll(async () => {
    await ensureRendererBuilt();
    workspace = await freshWorkspace('import');
    host = await startHost(workspace);
    browser = await launchChromium();
    ({ page, errors } = await newPage(browser));
    await page.goto(host.url + '#/import');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (workspace) removeWorkspace(workspace);
  });

  it('shows the empty state that leads to 数据导入 on an empty workspace', async () => {
    await page.evaluate(() => (location.hash = '#/penalties'));
    await waitReady(page, 'penalties');
    await page.getByRole('button', { name: '前往数据导入' }).click();
    await waitReady(page, 'import');
  });

  it('imports a sample file and the batch appears in the list', async () => {
    await page.setInputFiles('[data-page="import"] input[type=file]', join(SAMPLE_EXPORTS, FILE));
    const start = page.locator('[data-action="start-import"]');
    await start.waitFor({ timeout: 60_000 });
    await expect(page.locator('.ant-card-extra .ant-tag').first().textContent()).resolves.toBe('行政处罚');
    expect(await page.locator('.mapping-table .ant-table-row').count()).toBeGreaterThan(3);
    await start.click();
    await page.waitForSelector('[data-import-result="done"]', { timeout: 120_000 });
    await expect(page.locator('[data-import-result]').textContent()).resolves.toContain('导入 99 行');
    await page.waitForSelector(`[data-batch-list] [data-batch-file="${FILE}"]`, { timeout: 30_000 });
    expect(await page.locator(`[data-batch-list] [data-batch-file="${FILE}"]`).count()).toBe(2);
    expect(errors).toEqual([]);
  }, 180_000);

  it('the imported cases reach the analyses', async () => {
    await page.evaluate(() => (location.hash = '#/penalties'));
    await waitReady(page, 'penalties');
    expect(await page.locator('[data-page="penalties"] .chart-card canvas').count()).toBeGreaterThan(0);
  }, 120_000);

  it('right after an import, a page waits for the new years instead of showing an empty workspace', async () => {
    // The filter options (the years with data) arrive late, as on a slow machine: until they do,
    // the old ones — no year in a fresh workspace — must not read as "nothing imported".
    const fresh = await freshWorkspace('import-late');
    const slowHost = await startHost(fresh);
    const p = (await newPage(browser)).page;
    try {
      await p.route('**/api/filterOptions', async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await p.goto(slowHost.url + '#/import');
      await p.setInputFiles('[data-page="import"] input[type=file]', join(SAMPLE_EXPORTS, FILE));
      await p.locator('[data-action="start-import"]').click({ timeout: 60_000 });
      await p.waitForSelector('[data-import-result="done"]', { timeout: 120_000 });
      await p.evaluate(() => (location.hash = '#/penalties'));
      await waitReady(p, 'penalties');
      expect(await p.locator('[data-page="penalties"] .chart-card canvas').count()).toBeGreaterThan(0);
    } finally {
      await p.context().close();
      await slowHost.stop();
      removeWorkspace(fresh);
    }
  }, 180_000);
});
