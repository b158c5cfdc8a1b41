/**
 * Writes a static file (or the "not built yet" page) for browser mode.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { M } from '../messages.ts';
import { HttpError } from './respond.ts';
import { resolveStaticPath } from './static-files.ts';

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${M.appName}</title></head>
<body style="font-family: sans-serif; padding: 3em"><h1>${M.appName}</h1><p>${M.rendererMissing}</p></body></html>`;

/** Serves `rawPath` from `root` (GET or HEAD). */
export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, rawPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'METHOD_NOT_ALLOWED', M.methodNotAllowed);
  if (rawPath === '/' && !existsSync(join(root, 'index.html'))) {
    const body = Buffer.from(NOT_BUILT_PAGE, 'utf8');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
    return;
  }
  const target = resolveStaticPath(root, rawPath);
  if (target.kind === 'forbidden') throw new HttpError(403, 'FORBIDDEN', M.forbidden);
  if (target.kind === 'not-found') throw new HttpError(404, 'NOT_FOUND', M.notFound);
  const size = statSync(target.path).size;
  res.writeHead(200, { 'Content-Type': target.contentType, 'Content-Length': size, 'Cache-Control': 'no-cache' });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(target.path).on('error', () => res.destroy()).pipe(res);
}
