/**
 * End to end (issue 8 §6–7), browser mode on a workspace imported with the real CLI from files an
 * attacker could have written: ticket content and categories and agency names carrying
 * `<img onerror>` and `<b>` markup and a mobile number. The data browser, the penalties table and
 * a chart tooltip show the markup as literal text (no element is created, `window.__pwned` stays
 * undefined, the CSP logs nothing), and the number is masked (138****1234) until the analyst turns
 * on 显示完整号码 — which the workspace then remembers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromiumAvailable, goPage, launchChromium, newPage } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { supervise, superviseJson } from './support/cli.ts';
import { SAMPLE_EXPORTS } from './support/paths.ts';
import { startHost, type Host } from './support/server.ts';
import { freshWorkspace, removeWorkspace } from './support/workspace.ts';

const IMG = '<img src=x onerror="window.__pwned=1">';
const BOLD = '<b>粗体</b>';
const PHONE = '13812341234';
const MASKED = '138****1234';

/** Tickets (two divisions × two categories, one of them markup) and penalty cases of markup agencies. */
function writeExports(dir: string): string[] {
  const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const tickets = ['工单编号,受理时间,诉求类型,诉求内容,所属区县,诉求分类'];
  for (let i = 0; i < 40; i++) {
    const content = i === 0 ? `${IMG}反映占道经营，来电号码${PHONE}` : `反映问题${i}`;
    tickets.push([`T-SAFE-${i}`, `2025-03-${String((i % 28) + 1).padStart(2, '0')} 09:00`, '投诉', q(content), i % 2 ? '海州区' : '连云区', q(i % 3 ? BOLD : '占道经营')].join(','));
  }
  const penalties = ['行政处罚决定书文号,行政相对人名称,罚款金额,处罚决定日期,处罚机关,所属区县'];
  for (let i = 0; i < 6; i++) penalties.push([`安全〔2025〕${i}号`, '某公司', 1000 + i, '2025-04-01', q(i % 2 ? `${IMG}执法局` : `${BOLD}执法局`), '连云区'].join(','));
  const files = [join(dir, '12345工单_安全测试.csv'), join(dir, '行政处罚_安全测试.csv')];
  writeFileSync(files[0], tickets.join('\r\n') + '\r\n');
  writeFileSync(files[1], penalties.join('\r\n') + '\r\n');
  return files;
}

/** Checks the page made no element from the data and ran none of it. */
async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('b', { hasText: '粗体' }).count()).toBe(0);
}

describe.skipIf(!chromiumAvailable())('数据不会被当作网页代码，个人号码默认隐藏', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let workspace: string;
  let dir: string;

  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'e2e-data-safety-'));
    workspace = await freshWorkspace('data-safety');
    await supervise(['import', join(SAMPLE_EXPORTS, '行政区划_连云港.xlsx'), join(SAMPLE_EXPORTS, '执法机关名录.xlsx'), ...writeExports(dir), '--workspace', workspace]);
    const stored = await superviseJson<{ n: number }[]>(['sql', '--workspace', workspace, `SELECT count(*) AS n FROM hotline_ticket WHERE content LIKE '%onerror%'`]);
    expect(stored[0].n).toBe(1);
    host = await startHost(workspace);
    browser = await launchChromium();
    ({ page, errors } = await newPage(browser));
    await page.goto(host.url + '#/browse');
    await goPage(page, 'browse');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (workspace) removeWorkspace(workspace);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The browser's rows of the hostile ticket, as text. */
  async function ticketRowText(): Promise<string> {
    const row = page.locator('[data-page="browse"] .ant-table-row', { hasText: 'T-SAFE-0' }).first();
    await row.waitFor({ timeout: 30_000 });
    return (await row.textContent()) ?? '';
  }

  async function showTicket(): Promise<void> {
    await page.getByRole('combobox', { name: '数据表' }).click();
    await page.locator('.ant-select-item-option', { hasText: '12345工单' }).click();
    await page.getByPlaceholder('在文本列中搜索').fill('T-SAFE-0');
    await page.getByPlaceholder('在文本列中搜索').press('Enter');
  }

  async function setShowNumbers(on: boolean, toggle: Locator): Promise<void> {
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    await page.waitForFunction((want) => document.querySelector('[data-setting="show-personal-data"]')?.getAttribute('aria-checked') === want, String(on));
  }

  it('shows ticket content with markup literally in the data browser, its phone number masked', async () => {
    await showTicket();
    const text = await ticketRowText();
    expect(text).toContain(IMG);
    expect(text).toContain(MASKED);
    expect(text).not.toContain(PHONE);
    await expectNothingInjected(page);
  }, 60_000);

  it('shows the full number after 显示完整号码 is switched on, and masks it again when off', async () => {
    const toggle = page.locator('[data-setting="show-personal-data"]');
    await expect(toggle.getAttribute('aria-checked')).resolves.toBe('false');
    await setShowNumbers(true, toggle);
    await page.waitForFunction((phone) => document.querySelector('[data-page="browse"] .ant-table-tbody')?.textContent?.includes(phone), PHONE, { timeout: 30_000 });
    expect(await ticketRowText()).toContain(PHONE);
    // The choice is the workspace's: opening the app again (the address with the token) keeps it.
    await page.goto('about:blank');
    await page.goto(host.url + '#/browse');
    await goPage(page, 'browse');
    await showTicket();
    expect(await ticketRowText()).toContain(PHONE);
    await setShowNumbers(false, page.locator('[data-setting="show-personal-data"]'));
    await page.waitForFunction((masked) => document.querySelector('[data-page="browse"] .ant-table-tbody')?.textContent?.includes(masked), MASKED, { timeout: 30_000 });
    expect(await ticketRowText()).not.toContain(PHONE);
  }, 120_000);

  it('shows markup agency names literally in the penalties table and its linked filter tag', async () => {
    await goPage(page, 'penalties');
    const table = page.locator('[data-page="penalties"] .table-card').first();
    await expect(table.textContent()).resolves.toContain(`${IMG}执法局`);
    await expect(table.textContent()).resolves.toContain(`${BOLD}执法局`);
    await table.locator('.clickable-row', { hasText: `${BOLD}执法局` }).click();
    await goPage(page, 'penalties');
    await expect(page.locator('[data-filter-tag="agency"]').textContent()).resolves.toContain(`${BOLD}执法局`);
    await expectNothingInjected(page);
    await page.getByRole('button', { name: '清除筛选' }).click();
  }, 60_000);

  it('shows a markup category literally in a chart tooltip', async () => {
    await goPage(page, 'hotspots');
    const canvas = page.locator('[data-page="hotspots"] .chart-card canvas').first();
    const box = (await canvas.boundingBox())!;
    let tooltip = '';
    // Walk the heatmap until the tooltip of a markup-category cell shows.
    for (let y = 0.15; y < 0.9 && !tooltip; y += 0.1) {
      for (let x = 0.15; x < 0.95 && !tooltip; x += 0.08) {
        await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
        await page.waitForTimeout(60);
        tooltip = await page.evaluate(() => {
          const root = document.querySelector('[data-page="hotspots"] .chart-card');
          const tip = [...(root?.querySelectorAll('div') ?? [])].find((d) => d.style.position === 'absolute' && d.textContent?.includes('粗体') && d.style.display !== 'none');
          return tip ? `${tip.textContent}|${tip.querySelectorAll('b').length}` : '';
        });
      }
    }
    expect(tooltip).toContain(BOLD);
    expect(tooltip.endsWith('|0')).toBe(true);
    await expectNothingInjected(page);
    expect(errors).toEqual([]);
  }, 90_000);
});
