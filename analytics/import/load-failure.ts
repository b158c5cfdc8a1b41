/**
 * The message for an import that failed while writing to the workspace (LOAD_FAILED). DuckDB's own
 * text is English, often several lines long and names internal files; the analyst gets one Chinese
 * line that names the file and says what to do, and the original error stays the `cause` (shown by
 * `--debug`, kept in logs).
 */

/** What a DuckDB failure means for the user, by the shape of its message. */
const KNOWN: readonly [RegExp, string][] = [
  [/no space left on device|disk (is )?full|not enough space/i, '磁盘空间不足，无法写入工作区（请清理磁盘空间后重试）'],
  [/out of memory|failed to allocate|memory limit/i, '内存不足（请关闭其他程序后重试，或把文件拆分后分别导入）'],
  [/permission denied|read-only file system|access is denied/i, '没有写入工作区文件的权限（请检查工作区所在文件夹的权限）'],
  [/could not set lock|conflicting lock|database is locked/i, '工作区正被另一个程序使用，请关闭后重试'],
];

/** Longest part of the original message kept in the line (the rest stays in the cause). */
const MAX_DETAIL = 200;

/** One line: `导入 "NAME" 失败：<what it means>`, the workspace unchanged. */
export function loadFailureMessage(name: string, e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  const known = KNOWN.find(([re]) => re.test(text));
  if (known) return `导入 "${name}" 失败：${known[1]}；工作区未改变`;
  const first = text.split('\n').map((l) => l.trim()).find((l) => l.length > 0) ?? '';
  const detail = first.length > MAX_DETAIL ? first.slice(0, MAX_DETAIL) + '…' : first;
  return first.includes(name) ? `${detail}；工作区未改变` : `导入 "${name}" 失败：${detail}；工作区未改变`;
}
