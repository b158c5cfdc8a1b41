/**
 * `supervise serve` as a user runs it: the first stdout line is the tokenised URL, the API answers
 * with the token only, Ctrl-C stops it cleanly; a missing workspace is refused.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, tempDir } from './fixture.ts';

const SUPERVISE = resolve(import.meta.dirname, '../../cli/supervise.mjs');
const tmp = tempDir('serve-cli-');
let ws: string;

beforeAll(async () => {
  ws = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '执法机关名录.xlsx']);
});
afterAll(() => tmp.cleanup());

describe('supervise serve', () => {
  it('prints http://127.0.0.1:PORT/?token=TOKEN first, serves with the token, stops on SIGINT', async () => {
    const child = spawn(process.execPath, [SUPERVISE, 'serve', '--workspace', ws, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, SUPERVISE_DATA_DIR: tmp.dir } });
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    try {
      const first = await new Promise<string>((done, fail) => {
        let buf = '';
        child.stdout.on('data', (c: Buffer) => {
          buf += c.toString('utf8');
          if (buf.includes('\n')) done(buf.split('\n')[0]);
        });
        child.on('exit', () => fail(new Error('serve exited before printing its URL')));
      });
      const m = /^http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)$/.exec(first);
      expect(m, first).not.toBeNull();
      const origin = `http://127.0.0.1:${m![1]}`;
      expect((await fetch(`${origin}/api/health`)).status).toBe(401);
      expect((await fetch(`${origin}/api/health?token=${m![2]}`)).status).toBe(200);
      const info = await fetch(`${origin}/api/currentWorkspace`, { method: 'POST', headers: { 'X-Workstation-Token': m![2] }, body: '{"args":[]}' });
      expect(await info.json()).toMatchObject({ ok: true, value: { path: ws, counts: { agency: 46 } } });
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });

  it('refuses a workspace that does not exist', () => {
    const r = spawnSync(process.execPath, [SUPERVISE, 'serve', '--workspace', join(tmp.dir, 'nope.duckdb')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('工作区不存在');
    expect(r.stdout).toBe('');
  });
});
