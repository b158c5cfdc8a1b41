/**
 * Request bodies with limits: JSON calls (10 MB) and uploads (512 MB, streamed to disk). A body
 * over its limit is refused with 413 as soon as its declared length or the bytes received say so;
 * the rest is read and discarded (not reset), so the client gets to see the 413.
 */
import { createWriteStream } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { M } from '../messages.ts';
import { HttpError } from './respond.ts';

/** Default limits in bytes. */
export const LIMITS = { json: 10 * 1024 * 1024, upload: 512 * 1024 * 1024 } as const;

/** `10 MB` for messages. */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}

function tooLarge(limit: number): HttpError {
  return new HttpError(413, 'TOO_LARGE', M.tooLarge(formatLimit(limit)));
}

/** Refuses a request whose declared length is over `limit`. */
export function checkDeclaredLength(req: IncomingMessage, limit: number): void {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/**
 * Reads the body chunk by chunk into `sink` (which may ask to pause until `resume` is called).
 * Resolves with the byte count at the end, rejects with 413 once past `limit` — and then keeps
 * draining the request so the response can still be delivered.
 */
function consume(req: IncomingMessage, limit: number, sink: (chunk: Buffer, resume: () => void) => boolean, abort: () => void): Promise<number> {
  checkDeclaredLength(req, limit);
  return new Promise((resolveSize, reject) => {
    let size = 0;
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      abort();
      reject(e);
    };
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) return fail(tooLarge(limit));
      if (!sink(chunk, () => req.resume())) req.pause();
    });
    req.on('end', () => {
      if (!failed) resolveSize(size);
    });
    req.on('error', fail);
  });
}

/** Reads and parses a JSON body. */
export async function readJson(req: IncomingMessage, limit: number = LIMITS.json): Promise<unknown> {
  const chunks: Buffer[] = [];
  await consume(req, limit, (c) => chunks.push(c) > 0, () => (chunks.length = 0));
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'BAD_JSON', M.badJson);
  }
}

/** Streams the body into `path`; returns the number of bytes written. */
export async function saveBody(req: IncomingMessage, path: string, limit: number = LIMITS.upload): Promise<number> {
  const out = createWriteStream(path);
  const written = new Promise<void>((ok, fail) => {
    out.on('finish', ok);
    out.on('error', fail);
  });
  // Awaited below; a write error before then must not count as unhandled.
  written.catch(() => undefined);
  const size = await consume(
    req,
    limit,
    (chunk, resume) => out.write(chunk) || (out.once('drain', resume), false),
    () => out.destroy(),
  );
  out.end();
  await written;
  return size;
}
