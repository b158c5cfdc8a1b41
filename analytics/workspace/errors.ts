/**
 * Workspace errors carry a stable `code` (for the UI and the IPC boundary) and a Chinese message
 * that names the file.
 */

/** Why a workspace could not be used. */
export type WorkspaceErrorCode = 'NOT_FOUND' | 'BUSY' | 'INVALID' | 'TOO_NEW' | 'READ_ONLY';

/** A workspace-level failure. */
export class WorkspaceError extends Error {
  override readonly name = 'WorkspaceError';
  constructor(
    readonly code: WorkspaceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps a DuckDB open failure to a WorkspaceError with a clear message. */
export function openFailure(path: string, cause: unknown): WorkspaceError {
  const msg = cause instanceof Error ? cause.message : String(cause);
  if (/lock/i.test(msg)) {
    return new WorkspaceError('BUSY', `工作区正被另一个程序使用：${path}（workspace is in use by another program）`, { cause });
  }
  return new WorkspaceError('INVALID', `无法打开工作区 ${path}：不是有效的工作区文件（${firstLine(msg)}）`, { cause });
}

function firstLine(s: string): string {
  return s.split('\n')[0].slice(0, 200);
}
