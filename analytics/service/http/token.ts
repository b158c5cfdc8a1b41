/**
 * The per-launch access token of browser mode: random, printed once in the URL, required on every
 * `/api/*` request (`?token=` or the `X-Workstation-Token` header) and compared in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Header name for the token. */
export const TOKEN_HEADER = 'x-workstation-token';

/** A new random token (32 bytes, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Whether `given` equals `expected`, in time independent of where they differ. Both are hashed
 * first so the buffers compared always have equal length (timingSafeEqual requires it) and the
 * comparison does not reveal the token's length either.
 */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given === '') return false;
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token a request carries: the header first, then the `token` query parameter. */
export function requestToken(req: IncomingMessage, url: URL): string | null {
  const h = req.headers[TOKEN_HEADER];
  if (typeof h === 'string' && h !== '') return h;
  return url.searchParams.get('token');
}
