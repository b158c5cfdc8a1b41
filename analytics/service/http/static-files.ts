/**
 * Serving the built renderer (`renderer/dist`). A request path is decoded once and refused (403)
 * when it tries to leave the folder: `..` or `.` segments (also percent-encoded), backslashes, NUL,
 * drive letters, `//` absolute forms; symlinks are resolved and must stay inside the folder too.
 * Folders are never listed. The Electron shell uses the same resolution for its app:// protocol.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

/** Where a request path leads. */
export type StaticTarget = { kind: 'file'; path: string; contentType: string } | { kind: 'forbidden' } | { kind: 'not-found' };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf',
  '.otf': 'font/otf', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

/** The media type of a file name. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Resolves a raw request path (as received, before any normalisation) against `root`. Paths
 * without an extension that name nothing fall back to index.html (client-side routes).
 */
export function resolveStaticPath(root: string, rawPath: string): StaticTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (!decoded.startsWith('/') || decoded.startsWith('//') || /[\\\0]/.test(decoded)) return { kind: 'forbidden' };
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.' || /^[a-zA-Z]:/.test(s))) return { kind: 'forbidden' };
  let realRoot: string;
  try {
    realRoot = realpathSync(resolve(root));
  } catch {
    return { kind: 'not-found' };
  }
  const rel = segments.join('/');
  const candidate = rel === '' ? resolve(realRoot, 'index.html') : resolve(realRoot, rel);
  if (!inside(realRoot, candidate)) return { kind: 'forbidden' };
  if (!existsSync(candidate)) {
    const last = segments[segments.length - 1] ?? '';
    const index = resolve(realRoot, 'index.html');
    if (last !== '' && !last.includes('.') && existsSync(index)) return { kind: 'file', path: index, contentType: contentTypeOf(index) };
    return { kind: 'not-found' };
  }
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    return { kind: 'not-found' };
  }
  if (!inside(realRoot, real)) return { kind: 'forbidden' };
  // A folder is never listed, and its index.html is not served under the folder's name either.
  if (!statSync(real).isFile()) return { kind: 'not-found' };
  return { kind: 'file', path: real, contentType: contentTypeOf(real) };
}
