/**
 * Errors as they cross a process boundary. Every throw of the service — engine errors with their
 * own codes, argument checks, bugs — becomes one `{name, code, message}` through `toWireError`, so
 * IPC and HTTP report failures the same way and the renderer can rebuild and rethrow them.
 */
import type { WireError } from '../contract.ts';
import { ImportError } from '../import/errors.ts';
import { ReadError } from '../import/read/read-error.ts';
import { QueryError } from '../sql/run.ts';
import { WorkspaceError } from '../workspace/errors.ts';
import { M } from './messages.ts';

/** Codes the service itself raises (engine codes pass through unchanged). */
export type ServiceErrorCode =
  | 'NO_WORKSPACE' | 'INVALID_ARGUMENT' | 'NOT_FOUND' | 'CANCELLED' | 'REPORTS_UNAVAILABLE' | 'INTERNAL';

/** A failure the service reports with a stable code and a Chinese message. */
export class WorkstationError extends Error {
  override readonly name = 'WorkstationError';
  constructor(
    readonly code: ServiceErrorCode | string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Shorthand for an argument that fails validation. */
export function invalid(what: string): WorkstationError {
  return new WorkstationError('INVALID_ARGUMENT', M.invalid(what));
}

function isAbort(e: unknown): boolean {
  return e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError');
}

/**
 * The wire form of any thrown value. Known errors keep their code; anything else is `INTERNAL`
 * with its message (never a stack: stacks stay in the host's log).
 */
export function toWireError(e: unknown): WireError {
  if (e instanceof WorkstationError || e instanceof WorkspaceError || e instanceof ImportError) {
    return { name: e.name, code: e.code, message: e.message };
  }
  if (e instanceof ReadError) return { name: e.name, code: 'UNREADABLE', message: e.message };
  if (e instanceof QueryError) return { name: e.name, code: 'QUERY_FAILED', message: e.message };
  if (isAbort(e)) return { name: 'AbortError', code: 'CANCELLED', message: M.importCancelled };
  if (e instanceof Error) {
    const message = e.message.split('\n')[0] || e.name;
    return { name: e.name || 'Error', code: 'INTERNAL', message: `${M.internal}：${message}` };
  }
  return { name: 'Error', code: 'INTERNAL', message: `${M.internal}：${String(e)}` };
}
