/**
 * `GET /api/blob/<group>/<key>`: an Arrow table (`application/vnd.apache.arrow.stream`) or a file
 * (`application/octet-stream`, with its name as an attachment) stored by an earlier response.
 */
import { createReadStream, existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { M } from '../messages.ts';
import type { BlobStore } from './blob-store.ts';
import { HttpError } from './respond.ts';

/** `attachment; filename*=UTF-8''…` with an ASCII fallback. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Serves a stored blob; `rest` is `<group>/<key>`. */
export function serveBlob(req: IncomingMessage, res: ServerResponse, rest: string, store: BlobStore): void {
  const [group, key, ...more] = rest.split('/');
  let decodedKey: string;
  try {
    decodedKey = decodeURIComponent(key ?? '');
  } catch {
    throw new HttpError(404, 'NOT_FOUND', M.blobExpired);
  }
  const entry = more.length === 0 && group ? store.get(group, decodedKey) : null;
  if (!entry || (entry.path && !existsSync(entry.path))) throw new HttpError(404, 'NOT_FOUND', M.blobExpired);
  const headers: Record<string, string | number> = { 'Content-Type': entry.contentType, 'Content-Length': entry.size, 'Cache-Control': 'no-store' };
  if (entry.name) headers['Content-Disposition'] = attachment(entry.name);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  if (entry.bytes) res.end(entry.bytes);
  else createReadStream(entry.path as string).on('error', () => res.destroy()).pipe(res);
}
