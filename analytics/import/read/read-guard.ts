/**
 * Keeps the reader contract "one clear message per unreadable file": any unexpected error from a row
 * stream (a bug, an I/O failure) becomes a {@link ReadError} that names the file; aborts and our own
 * errors pass through unchanged.
 */
import { ReadError, isAbortError, readError } from './read-error.ts';

/** Wraps an unexpected error in a {@link ReadError} naming the file; returns others as they are. */
export function asReadError(path: string, err: unknown): unknown {
  if (err instanceof ReadError || isAbortError(err)) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return readError(path, '不存在', err);
  if (code === 'EACCES' || code === 'EPERM') return readError(path, '无法读取（没有访问权限或被其他程序占用）', err);
  if (code === 'EISDIR') return readError(path, '是文件夹，不是文件', err);
  if (code === 'EBUSY') return readError(path, '被其他程序占用，请关闭后重试', err);
  const detail = err instanceof Error ? err.message : String(err);
  return readError(path, `读取失败：${detail}`, err);
}

/** The same row stream with its errors passed through {@link asReadError}. */
export async function* guardRows<T>(path: string, rows: AsyncIterable<T>): AsyncGenerator<T, void, undefined> {
  try {
    yield* rows;
  } catch (err) {
    throw asReadError(path, err);
  }
}
