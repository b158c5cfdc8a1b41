import { describe, expect, it } from 'vitest';
import type { BatchResult, ImportFailure, ImportJob } from '../../../../analytics/contract.ts';
import { filesWritten, jobFailures, outcomeBanner, outcomeState } from './import-outcome.ts';

function result(file: string, skipped: BatchResult['skipped'] = null, sheet: string | null = null): BatchResult {
  return { file, sheet, kind: 'penalty', batch_id: 1, rows_read: 3, rows_imported: 3, rows_rejected: 0, rejects: [], skipped, notes: [] };
}
const failure = (file: string): ImportFailure => ({ file, error: { name: 'ImportError', code: 'UNKNOWN_SHAPE', message: `${file} 无法识别` } });
function job(state: ImportJob['state'], failures: ImportFailure[], error: ImportJob['error'] = null): ImportJob {
  return { id: 'j', state, file: 'c.csv', fileIndex: 0, fileCount: 1, phase: 'done', rows: 0, rowsPerSecond: 0, fraction: 1, results: [], failures, error };
}

describe('import outcome', () => {
  it('counts the files written, not sheets, and not files skipped as already imported', () => {
    expect(filesWritten([result('a.xlsx', null, '2024'), result('a.xlsx', null, '2025'), result('b.csv', 'already_imported'), result('c.csv')])).toBe(2);
  });

  it('is done when some file imported, failed only when none did, cancelled when the user stopped it', () => {
    expect(outcomeState([result('a.csv')], [failure('b.csv')], false)).toBe('done');
    expect(outcomeState([], [failure('b.csv')], false)).toBe('failed');
    expect(outcomeState([result('a.csv')], [], true)).toBe('cancelled');
  });

  it('says nothing changed only when no file was written', () => {
    expect(outcomeBanner({ results: [], failures: [], state: 'cancelled', error: null })).toEqual({ type: 'warning', title: '导入已取消，工作区未作任何更改。' });
    expect(outcomeBanner({ results: [result('a.csv'), result('b.csv')], failures: [], state: 'cancelled', error: null }).title)
      .toBe('导入已取消：正在导入的文件已撤回，此前完成的 2 个文件已写入工作区。');
    expect(outcomeBanner({ results: [], failures: [failure('b.csv')], state: 'failed', error: null })).toEqual({ type: 'error', title: '导入失败，工作区未作任何更改。' });
    expect(outcomeBanner({ results: [result('a.csv')], failures: [], state: 'failed', error: '网络错误' }).title).toBe('导入中断：已完成的 1 个文件已写入工作区，其余文件未导入。');
    expect(outcomeBanner({ results: [result('a.csv')], failures: [failure('b.csv'), failure('c.csv')], state: 'done', error: null }))
      .toEqual({ type: 'warning', title: '导入完成，但有 2 个文件未能导入（这些文件未写入工作区，其余文件已导入）。' });
    expect(outcomeBanner({ results: [result('a.csv')], failures: [], state: 'done', error: null })).toEqual({ type: 'success', title: '导入完成' });
  });

  it('takes a job-level error without per-file failures as its file failing', () => {
    const e = { name: 'Error', code: 'INTERNAL', message: '程序内部错误' };
    expect(jobFailures(job('failed', [], e))).toEqual([{ file: 'c.csv', error: e }]);
    expect(jobFailures(job('failed', [failure('b.csv')], failure('b.csv').error))).toEqual([failure('b.csv')]);
    expect(jobFailures(job('cancelled', [], { name: 'AbortError', code: 'CANCELLED', message: '已取消' }))).toEqual([]);
  });
});
