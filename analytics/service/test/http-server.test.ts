/**
 * Browser mode's server against a real workspace: the token, loopback only, the API round trip
 * with Arrow bytes, static files without traversal or listing, body limits, no CORS.
 */
import { request } from 'node:http';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWorkspace, sample, startTestServer, tempDir, type TestServer } from './fixture.ts';

const tmp = tempDir('http-test-');
let t: TestServer;
let root: string;

/** A raw request: the path is sent exactly as given (no URL normalisation). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: Buffer } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: t.server.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir);
  root = join(tmp.dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>工作站</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'package.json'), '{"secret": "outside-the-root"}');
  symlinkSync(join(tmp.dir, 'package.json'), join(root, 'link.json'));
  t = await startTestServer(ws, { rendererDir: root, dataDir: tmp.dir, limits: { upload: 64 * 1024, json: 4 * 1024 } });
});

afterAll(async () => {
  await t?.close();
  tmp.cleanup();
});

describe('browser mode server', () => {
  it('listens on 127.0.0.1 only and prints a tokenised URL', async () => {
    expect(t.server.address.address).toBe('127.0.0.1');
    expect(t.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{40,}$/);
    const external = Object.values(networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
    if (external) await expect(fetch(`http://${external.address}:${t.server.port}/api/health`)).rejects.toThrow();
  });

  it('needs the token on every /api request: 401 without or with a wrong one, 200 with it', async () => {
    expect((await fetch(`${t.server.origin}/api/health`)).status).toBe(401);
    expect((await fetch(`${t.server.origin}/api/health?token=wrong`)).status).toBe(401);
    const sameLength = t.server.token.slice(0, -1) + (t.server.token.endsWith('A') ? 'B' : 'A');
    expect((await fetch(`${t.server.origin}/api/health`, { headers: { 'X-Workstation-Token': sameLength } })).status).toBe(401);
    expect((await fetch(`${t.server.origin}/api/analyze`, { method: 'POST', body: '{"args":[]}' })).status).toBe(401);
    expect((await fetch(`${t.server.origin}/api/nope`)).status).toBe(401);
    const ok = await fetch(`${t.server.origin}/api/health?token=${t.server.token}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, value: { status: 'ok' } });
    expect((await fetch(`${t.server.origin}/api/health`, { headers: { 'X-Workstation-Token': t.server.token } })).status).toBe(200);
  });

  it('answers analyze with JSON and Arrow tables fetched as application/vnd.apache.arrow.stream', async () => {
    const r = await t.call<{ name: string; result: { summary: { cases: number }; by_month: { month: string; cases: number }[] }; tables: Record<string, { $blob: string; type: string; size: number }>; elapsedMs: number }>(
      'analyze', { name: 'penalties', filter: { year: 2025, division: '连云区' } },
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.result.summary.cases).toBeGreaterThan(0);
    const marker = r.value.tables.penalty_by_month;
    expect(marker.type).toBe('application/vnd.apache.arrow.stream');
    const res = await fetch(t.server.origin + marker.$blob, { headers: { 'X-Workstation-Token': t.server.token } });
    expect(res.headers.get('content-type')).toBe('application/vnd.apache.arrow.stream');
    const table = tableFromIPC(new Uint8Array(await res.arrayBuffer()));
    expect(table.numRows).toBe(r.value.result.by_month.length);
    const cases = table.getChild('cases')!.toArray();
    expect(Array.from(cases, Number)).toEqual(r.value.result.by_month.map((m) => m.cases));
    // Blobs need the token too.
    expect((await fetch(t.server.origin + marker.$blob)).status).toBe(401);
  });

  it('reports service errors as ok:false with a code, protocol errors with a status', async () => {
    const bad = await t.call('analyze', { name: 'nonsense', filter: { year: 2025 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await t.call('importStatus', 'no-such-job')).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const unknown = await fetch(`${t.server.origin}/api/dropTables`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: '{"args":[]}' });
    expect(unknown.status).toBe(404);
    const get = await fetch(`${t.server.origin}/api/appInfo`, { headers: { 'X-Workstation-Token': t.server.token } });
    expect(get.status).toBe(405);
    const notJson = await fetch(`${t.server.origin}/api/appInfo`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: 'SELECT 1' });
    expect(notJson.status).toBe(400);
  });

  it('serves the renderer with content types and the CSP, never outside its folder', async () => {
    const index = await raw('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['content-security-policy']).toBe("default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'");
    expect((await raw('/assets/app.js')).headers['content-type']).toContain('text/javascript');
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fpackage.json', '/assets/../../package.json',
      '/assets/%2e%2e/%2e%2e/package.json', '//etc/passwd', '/%2Fetc%2Fpasswd', '/C:/Windows/win.ini', '/..%5cpackage.json', '/link.json',
      `/${join(tmp.dir, 'package.json')}`, '/%00index.html', '/%E0%A4%A']) {
      const r = await raw(path);
      expect([403, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('outside-the-root');
    }
    expect((await raw('/../package.json')).status).toBe(403);
  });

  it('never lists a folder', async () => {
    for (const path of ['/assets/', '/assets']) {
      const r = await raw(path);
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('app.js');
    }
  });

  it('refuses bodies over the limits with 413', async () => {
    const big = Buffer.alloc(200 * 1024, 65);
    const up = await fetch(`${t.server.origin}/api/upload?name=x.csv`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: big });
    expect(up.status).toBe(413);
    expect(await up.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    const chunked = await raw('/api/upload?name=y.csv', { method: 'POST', headers: { 'X-Workstation-Token': t.server.token, 'Transfer-Encoding': 'chunked' }, body: big });
    expect(chunked.status).toBe(413);
    const json = await fetch(`${t.server.origin}/api/browse`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: JSON.stringify({ args: [{ search: 'x'.repeat(8000) }] }) });
    expect(json.status).toBe(413);
    // The server is still fine afterwards.
    expect((await t.call('appInfo')).ok).toBe(true);
  });

  it('sends no CORS headers and refuses foreign Host headers', async () => {
    const r = await raw('/api/health', { headers: { Origin: 'http://evil.example', 'X-Workstation-Token': t.server.token } });
    expect(r.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await raw('/api/analyze', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.status).toBeGreaterThanOrEqual(400);
    const rebound = await raw('/api/health', { headers: { Host: `evil.example:${t.server.port}`, 'X-Workstation-Token': t.server.token } });
    expect(rebound.status).toBe(403);
  });

  it('previews an uploaded file and serves exports as attachments', async () => {
    const bytes = readFileSync(sample('执法机关名录.xlsx'));
    const res = await fetch(`${t.server.origin}/api/upload?name=${encodeURIComponent('执法机关名录.xlsx')}`, { method: 'POST', headers: { 'X-Workstation-Token': t.server.token }, body: bytes });
    const preview = (await res.json()) as { ok: boolean; value: { file: string; sourceId: string; alreadyImported: boolean; sheets: { kind: string; fields: { label: string }[] }[] } };
    expect(preview.ok).toBe(true);
    expect(preview.value).toMatchObject({ file: '执法机关名录.xlsx', alreadyImported: true });
    expect(preview.value.sheets[0].kind).toBe('agency');
    expect(preview.value.sheets[0].fields.map((f) => f.label)).toContain('执法机关');
    const rows = await t.call<{ name: string; bytes: { $blob: string; type: string } }>('exportRows', { table: 'agency' });
    if (!rows.ok) throw new Error(rows.error.message);
    const file = await fetch(`${t.server.origin}${rows.value.bytes.$blob}?token=${t.server.token}`);
    expect(file.headers.get('content-type')).toBe('application/octet-stream');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent(rows.value.name));
    expect(Buffer.from(await file.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
  });
});
