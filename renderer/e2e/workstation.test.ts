/**
 * End to end, browser mode on the sample workspace: the real `supervise serve` host, the built
 * renderer, Debian Chromium. Every page renders its charts with no console errors (screenshots of
 * each at 1440×900 go to renderer/e2e/screenshots/), the 执法机关 filter makes the 总览 KPIs equal to
 * `supervise analyze penalties --agency A`, a table row filters the page, charts save as PNG/SVG, and
 * `/api/*` refuses requests without the token.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, goPage, launchChromium, newPage, waitReady } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { superviseJson } from './support/cli.ts';
import { SCREENSHOTS } from './support/paths.ts';
import { startHost, type Host } from './support/server.ts';
import { removeWorkspace, sampleWorkspace, workspaceCopy } from './support/workspace.ts';

const PAGES = ['overview', 'import', 'penalties', 'hotspots', 'deviation', 'quality', 'survey', 'reconcile', 'report', 'browse'];
const CHART_PAGES = new Set(['overview', 'penalties', 'hotspots', 'deviation', 'quality', 'survey']);

interface PenaltiesJson {
  filter: { year: number };
  summary: { cases: number; penalty_total_yuan: number };
}

describe.skipIf(!chromiumAvailable())('工作站（浏览器模式，示例工作区）', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let workspace: string;
  let agency: string;
  let expected: PenaltiesJson;

  beforeAll(async () => {
    await ensureRendererBuilt();
    const sample = await sampleWorkspace();
    // The CLI runs on the cached workspace; the host gets a copy (one process may hold a DuckDB file).
    const top = await superviseJson<{ agency: string }[]>([
      'sql', '--workspace', sample,
      'SELECT agency, count(*) AS n FROM penalty_case WHERE year(decided_on) = (SELECT max(year(decided_on)) FROM penalty_case) GROUP BY agency ORDER BY n DESC, agency LIMIT 1 OFFSET 2',
    ]);
    agency = top[0].agency;
    expected = await superviseJson<PenaltiesJson>(['analyze', 'penalties', '--workspace', sample, '--agency', agency]);
    workspace = await workspaceCopy('pages');
    host = await startHost(workspace);
    browser = await launchChromium();
    ({ page, errors } = await newPage(browser));
    await page.goto(host.url);
    await waitReady(page, 'overview', 120_000);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (workspace) removeWorkspace(workspace);
  });

  it('removes the token from the address bar', () => {
    expect(page.url()).not.toContain('token=');
  });

  it('renders every page with its charts and no console errors (screenshots at 1440×900)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const key of PAGES) {
      await goPage(page, key);
      const root = page.locator(`[data-page="${key}"]`);
      expect(await root.locator('.ant-alert-error').count(), `${key} 页显示了错误`).toBe(0);
      if (CHART_PAGES.has(key)) expect(await root.locator('.chart-card canvas').count(), `${key} 页没有图表`).toBeGreaterThan(0);
      if (key === 'reconcile') expect(await root.locator('.chart-card canvas, .ant-alert-success, .empty-card').count()).toBeGreaterThan(0);
      if (key === 'browse') await page.waitForSelector('[data-page="browse"] .ant-table-row');
      // Let menu highlight transitions finish so the screenshot shows the settled page.
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(SCREENSHOTS, `${key}.png`) });
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('the 执法机关 filter sets the 总览 KPIs to what `supervise analyze penalties --agency` prints', async () => {
    await goPage(page, 'overview');
    const before = await page.getAttribute('[data-kpi="cases"]', 'data-value');
    await page.getByRole('combobox', { name: '执法机关' }).click();
    await page.keyboard.type(agency);
    await page.locator(`.ant-select-item-option[title="${agency}"]`).click();
    await page.waitForFunction(
      (prev) => {
        const root = document.querySelector('[data-page="overview"]');
        const v = document.querySelector('[data-kpi="cases"]')?.getAttribute('data-value');
        return root?.getAttribute('data-ready') === 'true' && location.hash.includes('agency=') && v !== prev;
      },
      before,
      { timeout: 60_000 },
    );
    expect(Number(await page.getAttribute('[data-kpi="cases"]', 'data-value'))).toBe(expected.summary.cases);
    expect(await page.textContent('[data-kpi="cases"] .kpi-value')).toBe(expected.summary.cases.toLocaleString('zh-CN'));
    const wan = expected.summary.penalty_total_yuan / 1e4;
    expect(Number(await page.getAttribute('[data-kpi="fine_total_wan"]', 'data-value'))).toBeCloseTo(wan, 2);
    expect(await page.textContent('[data-kpi="fine_total_wan"] .kpi-value')).toBe(wan.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
    await expect(page.locator('[data-filter-tag="agency"]').textContent()).resolves.toContain(agency);

    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.waitForFunction((prev) => document.querySelector('[data-kpi="cases"]')?.getAttribute('data-value') === prev, before, { timeout: 60_000 });
    expect(await page.locator('[data-filter-tag]').count()).toBe(0);
  }, 120_000);

  it('clicking a table row filters the other views (linked views)', async () => {
    await goPage(page, 'penalties');
    const row = page.locator('.table-card .clickable-row').first();
    const name = (await row.locator('td').first().textContent())?.trim() ?? '';
    await row.click();
    await waitReady(page, 'penalties');
    await expect(page.locator('[data-filter-tag="agency"]').textContent()).resolves.toContain(name);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await waitReady(page, 'penalties');
  }, 60_000);

  it('saves a chart as PNG and as SVG', async () => {
    await goPage(page, 'penalties');
    const card = page.locator('.chart-card').first();
    const [png] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '保存PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('罚款金额分布.png');
    const bytes = readFileSync(await png.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    const [svg] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '保存SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('罚款金额分布.svg');
    const text = readFileSync(await svg.path(), 'utf8');
    expect(text).toContain('<svg');
    expect(text).toContain('无罚款');
  }, 60_000);

  it('answers 401 on /api/* without the token', async () => {
    expect((await fetch(`${host.origin}/api/health`)).status).toBe(401);
    expect((await fetch(`${host.origin}/api/appInfo`, { method: 'POST', body: '{"args":[]}' })).status).toBe(401);
    expect((await fetch(`${host.origin}/api/health`, { headers: { 'X-Workstation-Token': 'wrong' } })).status).toBe(401);
    expect((await fetch(`${host.origin}/api/health`, { headers: { 'X-Workstation-Token': host.token } })).status).toBe(200);
  });
});
