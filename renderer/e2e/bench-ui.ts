/**
 * UI benchmark (issue 6, Performance): browser mode in headless Chromium on a given workspace.
 * - `first_view_s`: open the app (总览) until every chart has rendered (`data-ready="true"`);
 * - `filter_s`: on 处罚分布, set the 执法机关 filter (the busiest agency) until every chart has
 *   re-rendered. Measured inside the page with performance.now(), from the filter change to the
 *   frame after the last chart's `finished` event.
 * Cold numbers: a fresh host per run. The host starts the overview's analyses as soon as the
 * workspace opens (as the app does while its window appears), so `first_view_s` — from navigation —
 * may find them under way; `first_view_from_launch_s` counts from the host's start.
 * Run directly: `tsx renderer/e2e/bench-ui.ts WORKSPACE [--json]`.
 */
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchChromium, waitReady } from './support/browser.ts';
import { ensureRendererBuilt } from './support/build.ts';
import { startHost } from './support/server.ts';
import { existsSync } from 'node:fs';

export interface UiBench {
  first_view_s: number;
  /** From starting the host (`supervise serve`) to the same moment: Node start-up and Chromium's launch included. */
  first_view_from_launch_s: number;
  filter_s: number;
}

/**
 * Runs in the page: sets the agency in the hash (what the filter bar does), waits for the page to
 * leave and regain data-ready, returns seconds. A string, because tsx's helpers would not exist in
 * the page if a compiled function were sent.
 */
const FILTER_IN_PAGE = `async (name) => {
  const root = () => document.querySelector('[data-page="penalties"]');
  const until = (state) => new Promise((done) => {
    const tick = () => (root() && root().getAttribute('data-ready') === state ? done() : requestAnimationFrame(tick));
    tick();
  });
  const start = performance.now();
  const q = new URLSearchParams(location.hash.split('?')[1] || '');
  q.set('agency', name);
  location.hash = '#/penalties?' + q.toString();
  await until('false');
  await until('true');
  return (performance.now() - start) / 1000;
}`;

/** The agency with most penalty decisions in the latest year, from the host's own API. */
async function busiestAgency(origin: string, token: string): Promise<string> {
  const post = async (method: string, args: unknown[]) => {
    const res = await fetch(`${origin}/api/${method}`, { method: 'POST', headers: { 'X-Workstation-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify({ args }) });
    const body = (await res.json()) as { ok: boolean; value: unknown; error?: { message: string } };
    if (!body.ok) throw new Error(body.error?.message ?? method);
    return body.value;
  };
  const options = (await post('filterOptions', [])) as { years: number[]; agencies: { name: string }[] };
  const res = (await post('analyze', [{ name: 'penalties', filter: { year: options.years[0] } }])) as { result: { by_agency?: { agency: string; cases: number }[] } };
  const top = [...(res.result.by_agency ?? [])].sort((a, b) => b.cases - a.cases)[0];
  return top?.agency ?? options.agencies[0].name;
}

/** Times the first view and a filter change on `workspacePath` (the workspace is not modified). */
export async function benchUi(workspacePath: string): Promise<UiBench> {
  if (!existsSync(CHROMIUM)) throw new Error(`未找到 Chromium：${CHROMIUM}`);
  await ensureRendererBuilt();
  const launched = performance.now();
  const host = await startHost(workspacePath);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    const t0 = performance.now();
    await page.goto(host.url);
    await waitReady(page, 'overview', 600_000);
    const first = (performance.now() - t0) / 1000;
    const fromLaunch = (performance.now() - launched) / 1000;

    const agency = await busiestAgency(host.origin, host.token);
    await page.evaluate(() => (location.hash = '#/penalties'));
    await waitReady(page, 'penalties', 600_000);
    const filter = (await page.evaluate(`(${FILTER_IN_PAGE})(${JSON.stringify(agency)})`)) as number;
    return { first_view_s: round(first), first_view_from_launch_s: round(fromLaunch), filter_s: round(filter) };
  } finally {
    await browser.close();
    await host.stop();
  }
}

function round(s: number): number {
  return Math.round(s * 1000) / 1000;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const ws = process.argv[2];
  if (!ws) {
    console.error('用法：tsx renderer/e2e/bench-ui.ts WORKSPACE [--json]');
    process.exit(2);
  }
  const r = await benchUi(ws);
  console.log(process.argv.includes('--json') ? JSON.stringify(r) : `ui-first-view ${r.first_view_s} s · ui-filter ${r.filter_s} s`);
}
