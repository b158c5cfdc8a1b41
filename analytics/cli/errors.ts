/**
 * CLI error reporting: one line on stderr, a non-zero exit, never a stack trace unless --debug.
 */

/** A usage mistake (unknown command, missing option): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The one line shown for an error: its message and, when different, the root cause's first line. */
export function errorLine(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return e.message.split('\n')[0];
}

/** Exit code for an error. */
export function exitCodeOf(e: unknown): number {
  return e instanceof UsageError ? 2 : 1;
}
