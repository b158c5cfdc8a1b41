/**
 * End to end: two files imported together, one of which fails at import time (its uploaded copy
 * changed after the preview, as a file can). The good file is imported, the broken one is listed
 * with its reason, and the banner does not claim that nothing changed.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium, newPage } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { SAMPLE_EXPORTS, SCREENSHOTS } from './support/paths.ts';
import { startHost, type Host } from './support/server.ts';
import { freshWorkspace, removeWorkspace } from './support/workspace.ts';

const GOOD = '行政处罚_双公示_徐圩新区_2025.xlsx';
const BROKEN = '行政处罚_稍后损坏.csv';

/** The host's staged copy of an uploaded file (under its private uploads folder in `root`). */
function stagedCopy(root: string, name: string): string {
  for (const up of readdirSync(root).filter((d) => d.startsWith('workstation-uploads-'))) {
    for (const id of readdirSync(join(root, up))) if (readdirSync(join(root, up, id)).includes(name)) return join(root, up, id, name);
  }
  throw new Error(`没有找到上传的 ${name}`);
}

describe.skipIf(!chromiumAvailable())('数据导入：一个文件失败，其余照常导入', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let workspace: string;
  let dir: string;

  beforeAll(async () => {
    await ensureRendererBuilt();
    dir = mkdtempSync(join(tmpdir(), 'workstation-e2e-failure-'));
    mkdirSync(join(dir, 'host-tmp'));
    copyFileSync(join(SAMPLE_EXPORTS, '行政处罚_案件系统导出_连云港市交通运输局_2025.csv'), join(dir, BROKEN));
    workspace = await freshWorkspace('failure');
    host = await startHost(workspace, 90_000, { TMPDIR: join(dir, 'host-tmp') });
    browser = await launchChromium();
    ({ page, errors } = await newPage(browser));
    await page.goto(host.url + '#/import');
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (workspace) removeWorkspace(workspace);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('imports the good file, lists the broken one with its reason, and says what was written', async () => {
    await page.setInputFiles('[data-page="import"] input[type=file]', [join(SAMPLE_EXPORTS, GOOD), join(dir, BROKEN)]);
    const start = page.locator('[data-action="start-import"]');
    await start.waitFor({ timeout: 60_000 });
    writeFileSync(stagedCopy(join(dir, 'host-tmp'), BROKEN), '这不是导出文件\r\n');
    await start.click();
    await page.waitForSelector('[data-import-result="done"]', { timeout: 120_000 });
    const result = page.locator('[data-import-result]');
    await expect(result.locator('.ant-alert-warning').textContent()).resolves.toContain('有 1 个文件未能导入');
    const failures = await page.locator('[data-import-failures]').textContent();
    expect(failures).toContain('未能导入的文件（1）');
    expect(failures).toContain(BROKEN);
    expect(failures).not.toContain(GOOD);
    await expect(result.textContent()).resolves.toMatch(new RegExp(`${GOOD}.*导入 \\d+ 行`));
    await page.screenshot({ path: join(SCREENSHOTS, 'import-failure.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 180_000);
});
