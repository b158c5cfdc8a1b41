/**
 * The Content-Security-Policy and other headers every response of the UI carries (browser mode and
 * the Electron window alike): only our own scripts, styles inline for the component library, images
 * from data:/blob: URLs for chart export, and network access to our own origin only.
 */

/** The CSP of the UI. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'";

/** Headers set on every response (no CORS headers, ever: other origins get nothing they may read). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the page URL: never leak it in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
