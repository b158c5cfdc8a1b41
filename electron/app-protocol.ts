/**
 * The window loads the renderer from `app://workstation/` rather than file://: a standard, secure
 * scheme gives the page a real origin (so CSP `'self'` means just our files), and the handler
 * serves only files inside `renderer/dist`, with the same traversal rules as browser mode.
 */
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../analytics/service/http/security-headers.ts';
import { resolveStaticPath } from '../analytics/service/http/static-files.ts';

/** Scheme and host of the renderer. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workstation';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window opens. */
export const APP_INDEX = `${APP_ORIGIN}/index.html`;

/** True for URLs of our renderer. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** A fetch-style handler for `protocol.handle(APP_SCHEME, …)` serving `root`. */
export function appRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (!isAppUrl(request.url) || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response(null, { status: 403, headers });
    }
    // The raw path, before URL normalisation, so traversal attempts are refused rather than rewritten.
    const raw = request.url.slice(APP_ORIGIN.length).split(/[?#]/)[0] || '/';
    const target = resolveStaticPath(root, raw);
    if (target.kind !== 'file') return new Response(null, { status: target.kind === 'forbidden' ? 403 : 404, headers });
    const body = request.method === 'HEAD' ? null : await readFile(target.path);
    return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': target.contentType } });
  };
}
