/**
 * Writing responses: JSON `WireResult`s, protocol errors (also as WireResult JSON, so the client
 * has one way to read failures) and the security headers on everything.
 */
import type { ServerResponse } from 'node:http';
import type { WireError, WireResult } from '../../contract.ts';
import { SECURITY_HEADERS } from './security-headers.ts';

/** A protocol-level failure with its HTTP status. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Sets the headers every response carries. */
export function baseHeaders(res: ServerResponse): void {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
}

/** Sends a JSON body. API answers are never cached. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const data = Buffer.from(JSON.stringify(body), 'utf8');
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': data.length, 'Cache-Control': 'no-store' });
  res.end(data);
}

/** Sends a WireResult error with an HTTP status. */
export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  const error: WireError = { name: 'HttpError', code, message };
  const body: WireResult<never> = { ok: false, error };
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // After a refused body the rest of it is not read: close instead of keeping the socket alive.
  if (status === 413) res.setHeader('Connection', 'close');
  sendJson(res, status, body);
}
