/**
 * Browser mode: the same `WorkstationApi` over HTTP to `supervise serve` (wire format in
 * analytics/service/http-wire.md). Calls are `POST /api/<method>` with `{"args": [...]}`; results are
 * `WireResult` JSON in which binary fields (Arrow tables, file bytes) arrive as blob markers
 * `{"$blob": "/api/blob/<group>/<key>", "type", "size"}` that this client fetches back into
 * `Uint8Array`, so pages see exactly the contract's types. Uploads (`POST /api/upload?name=`) answer
 * with the file's `ImportPreview`.
 */
import type { ImportPreview, ImportSource, WireResult, WorkstationApi, WorkstationMethod } from '../../../analytics/contract.ts';
import { ApiError } from './api-error.ts';
import { zh } from '../i18n/zh-CN.ts';

/** Where and how to reach the host. */
export interface HttpClientOptions {
  /** Origin + path prefix, '' for the page's own origin. */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
}

const BLOB_PREFIX = '/api/blob/';

/** A blob marker of the wire format. */
function blobUrl(v: unknown): string | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const url = (v as { $blob?: unknown }).$blob;
  return typeof url === 'string' && url.startsWith(BLOB_PREFIX) ? url : null;
}

function fail(code: string, message: string): never {
  throw new ApiError({ name: 'Error', code, message });
}

/** A GET or POST with the token header; maps transport failures to plain-Chinese errors. */
async function send(opts: HttpClientOptions, path: string, init: RequestInit): Promise<Response> {
  const f = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await f(opts.baseUrl + path, { ...init, headers: { ...(init.headers ?? {}), 'X-Workstation-Token': opts.token } });
  } catch {
    return fail('NETWORK', zh.errors.network);
  }
  if (res.status === 401 || res.status === 403) fail('UNAUTHORIZED', zh.errors.unauthorized);
  return res;
}

/** Reads a WireResult body, rethrowing its error. */
async function unwrap<T>(res: Response): Promise<T> {
  let body: WireResult<T>;
  try {
    body = (await res.json()) as WireResult<T>;
  } catch {
    return fail('BAD_RESPONSE', zh.errors.badResponse(res.status));
  }
  if (!body || typeof body !== 'object' || !('ok' in body)) fail('BAD_RESPONSE', zh.errors.badResponse(res.status));
  if (!body.ok) throw new ApiError(body.error);
  return body.value;
}

/** GETs a blob URL (`/api/blob/…`) as bytes. */
export async function fetchBlob(opts: HttpClientOptions, url: string): Promise<Uint8Array> {
  const res = await send(opts, url, { method: 'GET' });
  if (!res.ok) return unwrap(res);
  return new Uint8Array(await res.arrayBuffer());
}

/** Replaces every blob marker in a response value by the bytes it names. */
async function resolveBlobs(opts: HttpClientOptions, v: unknown): Promise<unknown> {
  const url = blobUrl(v);
  if (url) return fetchBlob(opts, url);
  if (Array.isArray(v)) return Promise.all(v.map((x) => resolveBlobs(opts, x)));
  if (v && typeof v === 'object') {
    const entries = await Promise.all(Object.entries(v).map(async ([k, x]) => [k, await resolveBlobs(opts, x)] as const));
    return Object.fromEntries(entries);
  }
  return v;
}

/** Creates the HTTP implementation of the API. */
export function createHttpClient(opts: HttpClientOptions): WorkstationApi {
  async function call<T>(method: WorkstationMethod, ...args: unknown[]): Promise<T> {
    const res = await send(opts, `/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ args }),
    });
    return (await resolveBlobs(opts, await unwrap<T>(res))) as T;
  }

  /** Bytes go up raw (no base64 in JSON); the host stages them and answers with the preview. */
  async function previewImport(source: ImportSource): Promise<ImportPreview> {
    if (!('bytes' in source)) return call('previewImport', source);
    const res = await send(opts, `/api/upload?name=${encodeURIComponent(source.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: source.bytes as BufferSource,
    });
    return (await resolveBlobs(opts, await unwrap<ImportPreview>(res))) as ImportPreview;
  }

  return {
    appInfo: () => call('appInfo'),
    currentWorkspace: () => call('currentWorkspace'),
    openWorkspace: (path) => call('openWorkspace', path),
    createWorkspace: (path) => call('createWorkspace', path),
    listRecent: () => call('listRecent'),
    filterOptions: () => call('filterOptions'),
    overview: (filter) => call('overview', filter),
    analyze: (req) => call('analyze', req),
    previewImport,
    startImport: (req) => call('startImport', req),
    importStatus: (jobId) => call('importStatus', jobId),
    cancelImport: (jobId) => call('cancelImport', jobId),
    listBatches: () => call('listBatches'),
    deleteBatch: (batchId) => call('deleteBatch', batchId),
    exportRejects: (batchIds) => call('exportRejects', batchIds),
    browse: (req) => call('browse', req),
    exportRows: (req) => call('exportRows', req),
    exportReport: (req) => call('exportReport', req),
    getSettings: () => call('getSettings'),
    updateSettings: (patch) => call('updateSettings', patch),
  };
}
