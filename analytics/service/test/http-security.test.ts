/**
 * Browser mode's server, hardening beyond http-server.test.ts: every `/api` route (each contract
 * method, upload, blob, health) answers 401 without or with a wrong token; the token check is the
 * constant-time one; IPv6 loopback and other interfaces get nothing; double-encoded, backslash and
 * absolute spellings of `..` never leave the renderer folder; every response — page, API, error,
 * blob — carries the security headers and no CORS header, and preflights are refused.
 */
import { readFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../http/security-headers.ts';
import { tokenMatches } from '../http/token.ts';
import { WORKSTATION_METHODS } from '../methods.ts';
import { buildWorkspace, startTestServer, tempDir, type TestServer } from './fixture.ts';

const tmp = tempDir('http-security-');
const INDEX = '<!doctype html><title>工作站</title>';
let t: TestServer;

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** A raw request: the path goes out exactly as written (no URL normalisation by a client). */
function raw(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string; host?: string } = {}): Promise<Raw> {
  return new Promise((done, fail) => {
    const req = request({ host: opts.host ?? '127.0.0.1', port: t.server.port, path, method: opts.method ?? 'GET', headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(opts.body);
  });
}

/** Every route under /api a page could call. */
function apiRoutes(): { path: string; method: string }[] {
  return [
    ...WORKSTATION_METHODS.map((m) => ({ path: `/api/${m}`, method: 'POST' })),
    { path: '/api/upload?name=x.csv', method: 'POST' },
    { path: '/api/blob/abc/def', method: 'GET' },
    { path: '/api/health', method: 'GET' },
    { path: '/api/no-such-route', method: 'POST' },
    { path: '/api', method: 'GET' },
  ];
}

function expectSecurityHeaders(r: Raw, what: string): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(r.headers[k.toLowerCase()], `${what}: ${k}`).toBe(v);
  for (const cors of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods', 'access-control-allow-headers']) {
    expect(r.headers[cors], `${what}: ${cors}`).toBeUndefined();
  }
}

beforeAll(async () => {
  const ws = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx', '执法机关名录.xlsx']);
  const root = join(tmp.dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'outside-the-root');
  symlinkSync(join(tmp.dir, 'secret.txt'), join(root, 'assets', 'linked.txt'));
  symlinkSync(tmp.dir, join(root, 'assets', 'up'));
  t = await startTestServer(ws, { rendererDir: root, dataDir: tmp.dir });
}, 120_000);

afterAll(async () => {
  await t?.close();
  tmp.cleanup();
});

describe('browser mode server hardening', () => {
  it('answers 401 on every /api route without the token, with a wrong one, or with a near miss', async () => {
    const wrongs: (Record<string, string> | null)[] = [
      null,
      { 'X-Workstation-Token': 'wrong' },
      { 'X-Workstation-Token': t.server.token.slice(0, -1) },
      { 'X-Workstation-Token': `${t.server.token}x` },
      { 'X-Workstation-Token': t.server.token.toUpperCase() === t.server.token ? t.server.token.toLowerCase() : t.server.token.toUpperCase() },
      { Authorization: `Bearer ${t.server.token}` },
      { Cookie: `token=${t.server.token}` },
    ];
    let tried = 0;
    for (const route of apiRoutes()) {
      for (const headers of wrongs) {
        const r = await raw(route.path, { method: route.method, headers: { 'Content-Type': 'application/json', ...(headers ?? {}) }, body: route.method === 'POST' ? '{"args":[]}' : undefined });
        expect(r.status, `${route.method} ${route.path} ${JSON.stringify(headers)}`).toBe(401);
        expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
        expect(r.body).not.toContain(t.server.token);
        tried++;
      }
      const q = await raw(`${route.path}${route.path.includes('?') ? '&' : '?'}token=nope`, { method: route.method, body: route.method === 'POST' ? '{"args":[]}' : undefined });
      expect(q.status, route.path).toBe(401);
      tried++;
    }
    expect(tried).toBe(apiRoutes().length * (wrongs.length + 1));
    // The right token still works on the same routes (here: health and a contract method).
    expect((await raw('/api/health', { headers: { 'X-Workstation-Token': t.server.token } })).status).toBe(200);
    expect((await t.call('appInfo')).ok).toBe(true);
  }, 60_000);

  it('compares tokens in constant time (timingSafeEqual over hashes) and never by ===', () => {
    const token = t.server.token;
    expect(tokenMatches(token, token)).toBe(true);
    for (const given of ['', null, undefined, token.slice(1), `${token} `, token.replace(/./, (c) => (c === 'a' ? 'b' : 'a'))]) {
      expect(tokenMatches(token, given), String(given)).toBe(false);
    }
    const src = readFileSync(resolve(import.meta.dirname, '../http/token.ts'), 'utf8');
    expect(src).toMatch(/timingSafeEqual\(a, b\)/);
    expect(src).not.toMatch(/(expected|given)\s*===\s*(expected|given)/);
    const routes = readFileSync(resolve(import.meta.dirname, '../http/api-routes.ts'), 'utf8');
    expect(routes).toContain('tokenMatches(ctx.token, requestToken(req, url))');
    expect(routes).not.toMatch(/token\s*[!=]==/);
  });

  it('is not reachable over IPv6 loopback either', async () => {
    await expect(raw('/api/health', { host: '::1', headers: { 'X-Workstation-Token': t.server.token } })).rejects.toThrow();
  });

  it('never serves outside the renderer folder: double-encoded, backslash, absolute and symlinked paths', async () => {
    const attempts = [
      '/%252e%252e/secret.txt', '/%252e%252e%252fsecret.txt', '/assets/%252e%252e%252f%252e%252e%252fsecret.txt', '/%25%32%65%25%32%65/secret.txt',
      '/..\\secret.txt', '/assets\\..\\..\\secret.txt', '/assets/..%5c..%5csecret.txt', '/%5c%5c127.0.0.1%5csecret.txt',
      '/..%c0%afsecret.txt', '/%c0%ae%c0%ae/secret.txt', '/.%2e/secret.txt', '/%2e./secret.txt', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      `/${tmp.dir}/secret.txt`, `/%2F${encodeURIComponent(tmp.dir.slice(1))}%2Fsecret.txt`, '/file:///etc/passwd', '/~/secret.txt',
      '/assets/linked.txt', '/assets/up/secret.txt', '/assets/up/dist/index.html', '/assets/./app.js',
    ];
    for (const path of attempts) {
      const r = await raw(path);
      // A path without a file extension may be a client route: index.html, nothing else, is fine.
      if (r.status === 200) expect(r.body, path).toBe(INDEX);
      else expect([400, 403, 404], path).toContain(r.status);
      expect(r.body, path).not.toContain('outside-the-root');
      expectSecurityHeaders(r, path);
    }
    expect((await raw('/assets/app.js')).status).toBe(200);
  });

  it('puts the security headers on every kind of response and never a CORS header', async () => {
    const token = { 'X-Workstation-Token': t.server.token };
    const rows = await t.call<{ bytes: { $blob: string } }>('exportRows', { table: 'agency' });
    if (!rows.ok) throw new Error(rows.error.message);
    const cases: [string, Promise<Raw>][] = [
      ['page', raw('/', { headers: { Origin: 'http://evil.example' } })],
      ['asset', raw('/assets/app.js')],
      ['api', raw('/api/appInfo', { method: 'POST', headers: { ...token, Origin: 'http://evil.example' }, body: '{"args":[]}' })],
      ['api error', raw('/api/analyze', { method: 'POST', headers: token, body: '{"args":[{"name":"x"}]}' })],
      ['401', raw('/api/health', { headers: { Origin: 'null' } })],
      ['404', raw('/missing.js')],
      ['405', raw('/', { method: 'POST', body: 'x' })],
      ['blob', raw(rows.value.bytes.$blob, { headers: token })],
      ['preflight', raw('/api/appInfo', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'x-workstation-token' } })],
      ['static preflight', raw('/', { method: 'OPTIONS', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'GET' } })],
    ];
    for (const [what, p] of cases) {
      const r = await p;
      expectSecurityHeaders(r, what);
      if (what.includes('preflight')) expect(r.status, what).toBeGreaterThanOrEqual(400);
    }
    expect((await raw('/api/appInfo', { method: 'POST', headers: token, body: '{"args":[]}' })).headers['cache-control']).toBe('no-store');
  });
});
