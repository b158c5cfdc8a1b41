/**
 * Test fixtures of the service: small workspaces built from a few committed sample exports, a
 * large generated penalty CSV (slow enough to cancel mid-import), and a running server with a
 * JSON caller.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../../import/import-file.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { SAMPLE_EXPORTS } from '../../workspace/sample.ts';
import { startServer, type RunningServer } from '../http/server.ts';
import { createWorkstationService, type WorkstationService } from '../service.ts';

/** A sample export by file name. */
export const sample = (name: string) => join(SAMPLE_EXPORTS, name);

/** Reference data and one county's penalties for two years (yoy) — imports in about a second. */
export const SMALL_FILES = ['行政区划_连云港.xlsx', '执法机关名录.xlsx', '行政处罚_双公示_连云区_2025.xlsx', '行政处罚_双公示_连云区_2024.xlsx'];

/** A fresh temporary folder (removed by `cleanup`). */
export function tempDir(prefix = 'service-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds `dir/name` from sample exports. */
export async function buildWorkspace(dir: string, files: readonly string[] = SMALL_FILES, name = 'ws.duckdb'): Promise<string> {
  const path = join(dir, name);
  const ws = await openWorkspace(path, { create: true });
  try {
    for (const f of files) await importFile(ws, sample(f));
  } finally {
    ws.close();
  }
  return path;
}

/**
 * A penalty CSV of `copies` × the transport bureau's 2025 export (GB18030, as agencies' systems
 * write it), decision numbers made unique. Edited as latin1 so the GBK bytes pass through untouched.
 */
export function bigPenaltyCsv(dir: string, copies: number, name = '行政处罚_大文件.csv', tag = 'x'): string {
  const [header, ...rows] = readFileSync(sample('行政处罚_案件系统导出_连云港市交通运输局_2025.csv'), 'latin1').trim().split(/\r?\n/);
  const out: string[] = [header];
  for (let c = 0; c < copies; c++) for (const r of rows) out.push(r.replace(/^([^,]*)/, `$1-${tag}${c}`));
  const path = join(dir, name);
  writeFileSync(path, out.join('\r\n') + '\r\n', 'latin1');
  return path;
}

/** A server on port 0 with its service, over a workspace. */
export interface TestServer {
  server: RunningServer;
  service: WorkstationService;
  /** POST /api/<method> with the token; the parsed WireResult. */
  call<T = unknown>(method: string, ...args: unknown[]): Promise<{ ok: true; value: T } | { ok: false; error: { name: string; code: string; message: string } }>;
  close(): Promise<void>;
}

/** Starts a server on `workspace`. */
export async function startTestServer(workspace: string, opts: { rendererDir?: string; limits?: { json?: number; upload?: number }; dataDir: string }): Promise<TestServer> {
  const service = createWorkstationService({ host: 'browser', dataDir: opts.dataDir });
  await service.openWorkspace(workspace);
  const server = await startServer({ service, port: 0, rendererDir: opts.rendererDir, limits: opts.limits });
  return {
    server,
    service,
    async call(method, ...args) {
      const res = await fetch(`${server.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Workstation-Token': server.token },
        body: JSON.stringify({ args }),
      });
      return res.json() as never;
    },
    async close() {
      await server.close();
      await service.close();
    },
  };
}
