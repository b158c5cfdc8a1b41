import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../analytics/contract.ts';
import { importable, planJobs, stage } from './staged-file.ts';

function preview(id: string, kind: ImportPreview['sheets'][number]['kind'], problem: string | null = null): ImportPreview {
  return { file: `${id}.xlsx`, sourceId: id, alreadyImported: false, sheets: [{ name: 'Sheet1', kind, problem, fields: [], headers: ['a'], rows: [], headerRow: 1 }] };
}

describe('import job planning', () => {
  it('puts uncorrected files in one job and corrected files in their own', () => {
    const a = stage(preview('a', 'penalty'));
    const b = stage(preview('b', 'ticket'));
    const c = { ...stage(preview('c', 'penalty')), columns: { fine_yuan: '罚款金额（万元）' } };
    const d = stage(preview('d', 'penalty'), true);
    expect(planJobs([a, b, c, d])).toEqual([
      { sourceIds: ['d'], replace: true },
      { sourceIds: ['a', 'b'], replace: false },
      { sourceIds: ['c'], mapping: { columns: { fine_yuan: '罚款金额（万元）' } }, replace: false },
    ]);
  });
  it('skips files with no kind unless the user chose one', () => {
    const unknown = stage(preview('u', null, '无法识别'));
    expect(importable(unknown)).toBe(false);
    expect(planJobs([unknown])).toEqual([]);
    const chosen = { ...unknown, kind: 'inspection' as const };
    expect(planJobs([chosen])).toEqual([{ sourceIds: ['u'], kind: 'inspection', mapping: { kind: 'inspection', columns: {} }, replace: false }]);
  });
});
