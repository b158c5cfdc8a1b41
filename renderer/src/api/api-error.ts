/**
 * The error every API call rejects with. Electron does not keep Error objects across IPC and HTTP
 * carries JSON, so both clients rebuild one from the wire's `{name, code, message}`.
 */
import type { WireError } from '../../../analytics/contract.ts';
import { zh } from '../i18n/zh-CN.ts';

/** An engine or transport error with its stable code (NOT_FOUND, BUSY, UNAUTHORIZED, NETWORK …). */
export class ApiError extends Error {
  readonly code: string;

  constructor(wire: WireError) {
    super(wire.message);
    this.name = wire.name || 'Error';
    this.code = wire.code || 'UNKNOWN';
  }
}

/** Plain-Chinese text for anything a call threw, for message/Alert. */
export function errorText(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return zh.errors.unknown;
}

/** The `code` of an ApiError-like value, else null. */
export function errorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}
