/** The browser-mode client against a fake fetch that speaks analytics/service/http-wire.md. */
import { describe, expect, it } from 'vitest';
import { createHttpClient } from './http-client.ts';
import { ApiError } from './api-error.ts';

interface Seen {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

function fakeFetch(routes: Record<string, (seen: Seen) => Response>) {
  const seen: Seen[] = [];
  const f = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const s: Seen = { url, method: init?.method ?? 'GET', headers: (init?.headers ?? {}) as Record<string, string>, body: init?.body };
    seen.push(s);
    const route = routes[url.split('?')[0]];
    if (!route) return new Response(JSON.stringify({ ok: false, error: { name: 'HttpError', code: 'UNKNOWN_METHOD', message: '没有这个接口' } }), { status: 404 });
    return route(s);
  }) as typeof fetch;
  return { f, seen };
}

const json = (v: unknown, status = 200) => new Response(JSON.stringify(v), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP client', () => {
  it('POSTs /api/<method> with the token header and {"args": [...]}, and returns value', async () => {
    const { f, seen } = fakeFetch({ 'http://h/api/analyze': () => json({ ok: true, value: { name: 'penalties', result: { findings: [] }, tables: {}, elapsedMs: 3 } }) });
    const api = createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f });
    const r = await api.analyze({ name: 'penalties', filter: { year: 2025, agency: '甲局' } });
    expect(r.elapsedMs).toBe(3);
    expect(seen[0].method).toBe('POST');
    expect(seen[0].headers['X-Workstation-Token']).toBe('T');
    expect(JSON.parse(String(seen[0].body))).toEqual({ args: [{ name: 'penalties', filter: { year: 2025, agency: '甲局' } }] });
  });

  it('replaces blob markers by the bytes they name, fetched with the token', async () => {
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const { f, seen } = fakeFetch({
      'http://h/api/browse': () => json({ ok: true, value: { table: 'agency', total: 1, offset: 0, columns: [], arrow: { $blob: '/api/blob/g1/arrow', type: 'application/vnd.apache.arrow.stream', size: 4 } } }),
      'http://h/api/blob/g1/arrow': () => new Response(bytes, { status: 200 }),
    });
    const api = createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f });
    const page = await api.browse({ table: 'agency', offset: 0, limit: 10 });
    expect(page.arrow).toBeInstanceOf(Uint8Array);
    expect([...page.arrow]).toEqual([1, 2, 3, 250]);
    expect(seen[1].method).toBe('GET');
    expect(seen[1].headers['X-Workstation-Token']).toBe('T');
  });

  it('rethrows wire errors with name, code and the Chinese message', async () => {
    const { f } = fakeFetch({ 'http://h/api/openWorkspace': () => json({ ok: false, error: { name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用' } }) });
    const api = createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f });
    const err = await api.openWorkspace('/x.duckdb').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用' });
  });

  it('maps 401 to UNAUTHORIZED and a network failure to NETWORK, both in Chinese', async () => {
    const { f } = fakeFetch({ 'http://h/api/appInfo': () => json({ ok: false, error: { name: 'HttpError', code: 'UNAUTHORIZED', message: 'x' } }, 401) });
    const api = createHttpClient({ baseUrl: 'http://h', token: 'bad', fetch: f });
    await expect(api.appInfo()).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: expect.stringContaining('令牌') });
    const down = createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch });
    await expect(down.appInfo()).rejects.toMatchObject({ code: 'NETWORK', message: expect.stringContaining('无法连接') });
  });

  it('rejects a non-JSON answer plainly', async () => {
    const { f } = fakeFetch({ 'http://h/api/appInfo': () => new Response('<html>', { status: 502 }) });
    await expect(createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f }).appInfo()).rejects.toMatchObject({ code: 'BAD_RESPONSE' });
  });

  it('uploads file bytes raw to /api/upload?name= and returns the preview', async () => {
    const preview = { file: '处罚.xlsx', sourceId: 's1', sheets: [], alreadyImported: false };
    const { f, seen } = fakeFetch({ 'http://h/api/upload': () => json({ ok: true, value: preview }) });
    const api = createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f });
    const bytes = new Uint8Array([80, 75, 3, 4]);
    expect(await api.previewImport({ name: '处罚.xlsx', bytes })).toEqual(preview);
    expect(seen[0].url).toBe('http://h/api/upload?name=' + encodeURIComponent('处罚.xlsx'));
    expect(seen[0].body).toBe(bytes);
    expect(seen[0].headers['Content-Type']).toBe('application/octet-stream');
  });

  it('sends a path preview as an ordinary call', async () => {
    const { f, seen } = fakeFetch({ 'http://h/api/previewImport': () => json({ ok: true, value: { file: 'a.csv', sourceId: 's2', sheets: [], alreadyImported: true } }) });
    await createHttpClient({ baseUrl: 'http://h', token: 'T', fetch: f }).previewImport({ path: '/data/a.csv' });
    expect(JSON.parse(String(seen[0].body))).toEqual({ args: [{ path: '/data/a.csv' }] });
  });
});
