/**
 * The bundled main process (npm run build:electron) started under a recording stand-in for the
 * `electron` module, since the real runtime cannot be downloaded here: it registers the app://
 * scheme and every IPC channel, opens one window with the secure options on app://workstation,
 * installs the Chinese menu, answers IPC from our page (and refuses others), blocks remote requests
 * and permissions, and serves the renderer with the CSP.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleWorkspacePath } from '../../analytics/analyses/test/sample-workspace.ts';
import { WORKSTATION_METHODS } from '../../analytics/service/methods.ts';
import { buildWorkspace, tempDir } from '../../analytics/service/test/fixture.ts';

const root = resolve(import.meta.dirname, '../..');
const tmp = tempDir('main-bundle-');
let out: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON printed by the driver

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, 'build/build-electron.mjs')], { cwd: root, stdio: 'pipe' });
  // The shell makes sure the sample workspace exists; give it the cached one so it need not build it.
  copyFileSync(await sampleWorkspacePath(), join(tmp.dir, 'sample.duckdb'));
  const ws = await buildWorkspace(tmp.dir);
  const stdout = execFileSync(process.execPath, [join(root, 'electron/test/fake-electron/driver.mjs'), ws], {
    cwd: root, env: { ...process.env, SUPERVISE_DATA_DIR: tmp.dir }, encoding: 'utf8', timeout: 120_000,
  });
  out = JSON.parse(stdout.trim().split('\n').pop()!);
}, 600_000);
afterAll(() => tmp.cleanup());

describe('bundled main process', () => {
  it('registers app:// as a secure standard scheme and one channel per contract method', () => {
    expect(out.privileged).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(out.channels).toEqual(WORKSTATION_METHODS.map((m) => `workstation:${m}`).sort());
  });

  it('opens one secure window on the renderer with the bundled preload and the Chinese menu', () => {
    expect(out.window.loaded).toBe('app://workstation/index.html');
    expect(out.window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, preload: join(root, 'electron/dist/preload.cjs') });
    expect(out.menu).toEqual(['文件', '编辑', '帮助']);
    expect(out.errors).toEqual([]);
  });

  it('runs the engine in the main process and answers IPC from our page only', () => {
    expect(out.appInfo).toMatchObject({ ok: true, value: { host: 'electron', name: '执法监督分析工作站' } });
    expect(out.workspace).toMatchObject({ ok: true, value: { years: [2025, 2024] } });
    expect(out.analyze).toMatchObject({ ok: true });
    expect(out.analyze.cases).toBeGreaterThan(0);
    expect(out.analyze.tables).toBeGreaterThan(0);
    // No folder chosen in the (stand-in) dialog: cancelled, clearly.
    expect(out.report).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(out.foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses navigation away and window.open on the window and on every WebContents created later', () => {
    for (const which of ['window', 'later']) {
      expect(out.guards[which], which).toEqual({
        events: ['will-attach-webview', 'will-navigate', 'will-redirect'], open: { action: 'deny' }, navigateAway: true, navigateInApp: false,
      });
    }
  });

  it('blocks remote content and permission requests, serves the page with the CSP', () => {
    expect(out.remote).toEqual({ cancel: true });
    expect(out.local).toEqual([['app://workstation/assets/x.js', false], ['http://127.0.0.1:8080/', true], ['file:///etc/passwd', true], ['ws://evil.example/', true]]);
    // Whatever a response says, the page gets our CSP (a foreign one cannot loosen it).
    expect(out.headers).toEqual({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [out.page.csp] } });
    expect(out.permission).toBe(false);
    expect(out.page.csp).toBe("default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'");
    expect([403, 404]).toContain(out.traversal);
  });
});

describe('bundled preload', () => {
  it('is one CommonJS file that needs only `electron` and installs window.workstation', async () => {
    const src = readFileSync(join(root, 'electron/dist/preload.cjs'), 'utf8');
    const required: string[] = [];
    const page: Record<string, unknown> = {};
    const invoked: string[] = [];
    const electron = {
      ipcRenderer: { invoke: async (channel: string) => (invoked.push(channel), { ok: false, error: { name: 'WorkspaceError', code: 'BUSY', message: '忙' } }) },
      contextBridge: {
        executeInMainWorld: ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) =>
          (new Function(`return (${func.toString()})`)() as (...a: unknown[]) => unknown)(...args, page),
      },
    };
    const fakeRequire = (id: string) => {
      required.push(id);
      if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
      return electron;
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', src)(fakeRequire, module, module.exports);
    expect(required).toEqual(['electron']);
    const api = page.workstation as Record<string, () => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...WORKSTATION_METHODS].sort());
    await expect(api.listBatches()).rejects.toMatchObject({ name: 'WorkspaceError', code: 'BUSY', message: '忙' });
    expect(invoked).toEqual(['workstation:listBatches']);
  });
});

describe('bundled sheet worker', () => {
  it('is a file beside main.mjs that scans a worksheet and posts its batches', async () => {
    const { Worker } = await import('node:worker_threads');
    const { DEFAULT_READ_LIMITS } = await import('../../analytics/import/read/limits.ts');
    const path = join(root, 'sample-data/exports/12345工单_2025.xlsx');
    const worker = new Worker(join(root, 'electron/dist/sheet-worker.mjs'), {
      workerData: { path, sheet: { name: 'S', part: 'xl/worksheets/sheet1.xml' }, limits: DEFAULT_READ_LIMITS, batchRows: 500 },
    });
    const seen: string[] = [];
    let rows = 0;
    await new Promise<void>((done, fail) => {
      worker.on('message', (m: { type: string; batch?: { rows: number } }) => {
        seen.push(m.type);
        if (m.type === 'batch') rows += m.batch!.rows;
        if (m.type === 'end') done();
        if (m.type === 'error') fail(new Error(JSON.stringify(m)));
      });
      worker.on('error', fail);
      worker.postMessage({ more: 1000 });
    });
    await worker.terminate();
    expect(seen[0]).toBe('ready');
    expect(seen.filter((t) => t === 'batch').length).toBeGreaterThan(1);
    expect(rows).toBeGreaterThan(1000);
  });

  it('ships the shared-strings worker beside it, posting the table in pieces', async () => {
    const { Worker } = await import('node:worker_threads');
    const { DEFAULT_READ_LIMITS } = await import('../../analytics/import/read/limits.ts');
    const path = join(root, 'sample-data/exports/12345工单_2025.xlsx');
    const worker = new Worker(join(root, 'electron/dist/shared-strings-worker.mjs'), {
      workerData: { path, part: 'xl/sharedStrings.xml', limits: DEFAULT_READ_LIMITS },
    });
    let strings = 0;
    await new Promise<void>((done, fail) => {
      worker.on('message', (m: { type: string; piece?: { starts: Uint32Array } }) => {
        if (m.type === 'piece') strings += m.piece!.starts.length;
        if (m.type === 'end') done();
        if (m.type === 'error') fail(new Error(JSON.stringify(m)));
      });
      worker.on('error', fail);
    });
    await worker.terminate();
    expect(strings).toBeGreaterThan(1000);
  });
});
