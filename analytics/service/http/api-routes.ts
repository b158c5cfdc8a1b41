/**
 * The `/api/*` routes of browser mode (see ../http-wire.md): the token check, health, the contract
 * methods as `POST /api/<method>` with `{"args": [...]}`, uploads, and blob downloads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportResult, WireResult } from '../../contract.ts';
import { toWireError } from '../errors.ts';
import { M } from '../messages.ts';
import { isWorkstationMethod } from '../methods.ts';
import type { WorkstationService } from '../service.ts';
import type { BlobStore } from './blob-store.ts';
import { readJson, saveBody } from './body.ts';
import { HttpError, sendJson } from './respond.ts';
import { requestToken, tokenMatches } from './token.ts';
import { encodeForWire } from './wire-encode.ts';
import { serveBlob } from './serve-blob.ts';

const MAX_ARGS = 4;

/** What the routes need. */
export interface ApiContext {
  service: WorkstationService;
  token: string;
  blobs: BlobStore;
  limits: { json: number; upload: number };
}

function requireMethod(req: IncomingMessage, ...allowed: string[]): void {
  if (!allowed.includes(req.method ?? '')) throw new HttpError(405, 'METHOD_NOT_ALLOWED', M.methodNotAllowed);
}

/** Handles one `/api/...` request; `route` is the path after `/api/`. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, route: string, url: URL, ctx: ApiContext): Promise<void> {
  if (!tokenMatches(ctx.token, requestToken(req, url))) throw new HttpError(401, 'UNAUTHORIZED', M.unauthorized);
  if (route === 'health') {
    requireMethod(req, 'GET', 'HEAD');
    return sendJson(res, 200, { ok: true, value: { status: 'ok' } });
  }
  if (route.startsWith('blob/')) {
    requireMethod(req, 'GET', 'HEAD');
    return serveBlob(req, res, route.slice('blob/'.length), ctx.blobs);
  }
  if (route === 'upload') {
    requireMethod(req, 'POST');
    return upload(req, res, url, ctx);
  }
  if (!isWorkstationMethod(route)) throw new HttpError(404, 'UNKNOWN_METHOD', M.unknownMethod(route));
  requireMethod(req, 'POST');
  const body = await readJson(req, ctx.limits.json);
  const args = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as { args?: unknown }).args ?? [] : null;
  if (!Array.isArray(args) || args.length > MAX_ARGS) throw new HttpError(400, 'BAD_JSON', M.badJson);
  let result: WireResult<unknown>;
  try {
    const value = route === 'exportReport' ? await exportReport(ctx, args[0]) : await (ctx.service[route] as (...a: unknown[]) => Promise<unknown>)(...args);
    result = { ok: true, value: encodeForWire(value, ctx.blobs) };
  } catch (e) {
    result = { ok: false, error: toWireError(e) };
  }
  sendJson(res, 200, result);
}

/** `POST /api/upload?name=…`: the raw bytes are staged and previewed (= previewImport of bytes). */
async function upload(req: IncomingMessage, res: ServerResponse, url: URL, ctx: ApiContext): Promise<void> {
  const slot = ctx.service.sources.reserve(url.searchParams.get('name') ?? M.uploadName);
  try {
    await saveBody(req, slot.path, ctx.limits.upload);
  } catch (e) {
    ctx.service.sources.discard(slot);
    throw e;
  }
  const entry = ctx.service.sources.commit(slot);
  let result: WireResult<unknown>;
  try {
    result = { ok: true, value: await ctx.service.previewEntry(entry) };
  } catch (e) {
    result = { ok: false, error: toWireError(e) };
  }
  sendJson(res, 200, result);
}

/** Reports are written to a temporary folder and offered as downloads (`url` on each file). */
async function exportReport(ctx: ApiContext, req: unknown): Promise<ReportResult> {
  const dir = mkdtempSync(join(tmpdir(), 'workstation-report-'));
  let out: ReportResult;
  try {
    out = await ctx.service.exportReport({ ...(req as object), outDir: dir } as never);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const group = ctx.blobs.newGroup();
  ctx.blobs.onExpire(group, () => rmSync(dir, { recursive: true, force: true }));
  const files = out.files.map((f, i) => ({
    ...f,
    url: ctx.blobs.add(group, String(i), { contentType: 'application/octet-stream', name: f.name, path: f.path, size: f.bytes }),
  }));
  return { ...out, files };
}
