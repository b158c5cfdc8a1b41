import { describe, expect, it } from 'vitest';
import { combineHeaderRows, findTable, isTotalRow } from '../../headers/find-table.ts';
import type { SheetRow } from '../../types.ts';
import { ANNUAL_SHEET } from './annual-rows.ts';
import { AGENCY_CASES, SHUANGGONGSHI_LEGAL } from './real-headers.ts';

const labels = (rows: SheetRow[]): string[] => findTable(rows)?.columns.map((c) => c.label) ?? [];

describe('findTable: one-row headers', () => {
  it('finds a header in the first row', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: AGENCY_CASES },
      { row: 2, cells: ['海市监罚〔2024〕12号', '某某商贸有限公司', '销售过期食品', '一般', 5000, 1200, '2024-03-05', '连云港市海州区市场监督管理局'] },
    ];
    const t = findTable(rows)!;
    expect(t.headerRows).toEqual([1]);
    expect(t.dataStartRow).toBe(2);
    expect(t.columns.map((c) => [c.index, c.label, c.name, c.unit])).toEqual([
      [0, '案件编号', '案件编号', null], [1, '当事人', '当事人', null], [2, '违法行为', '违法行为', null],
      [3, '裁量阶次', '裁量阶次', null], [4, '罚款金额（元）', '罚款金额', '元'], [5, '违法所得（元）', '违法所得', '元'],
      [6, '决定日期', '决定日期', null], [7, '执法机关', '执法机关', null],
    ]);
    expect(t.preamble).toEqual([]);
  });

  it('skips a merged title row and a form line above the 双公示 header', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['连云港市XX局行政处罚信息公示（2025年度）', ...Array<null>(25).fill(null)] },
      { row: 2, cells: ['填报单位：连云港市XX局', null, null, null, '单位：万元'] },
      { row: 4, cells: SHUANGGONGSHI_LEGAL },
      { row: 5, cells: ['某某公司', '91320700MA1XXXXXXX', null, null, null, null, null, '张三', '320700198001010000', '连XX罚〔2025〕1号'] },
    ];
    const t = findTable(rows)!;
    expect(t.headerRows).toEqual([4]);
    expect(t.dataStartRow).toBe(5);
    expect(t.columns).toHaveLength(26);
    expect(t.columns[15]).toMatchObject({ index: 15, label: '罚款金额(万元)', name: '罚款金额', unit: '万元' });
    expect(t.preamble).toEqual([
      { row: 1, text: '连云港市XX局行政处罚信息公示（2025年度）' },
      { row: 2, text: '填报单位：连云港市XX局 单位：万元' },
    ]);
    expect(t.preambleUnit).toBe('万元');
  });

  it('prefers the row with known headers over a text data row below it', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['说明', '本表由系统导出'] },
      { row: 2, cells: ['工单编号', '来电时间', '诉求类型', '诉求内容'] },
      { row: 3, cells: ['GD2024001', '2024-03-05 10:00', '投诉', '噪音扰民'] },
    ];
    expect(findTable(rows)!.headerRows).toEqual([2]);
  });

  it('keeps a header of unknown words: the first row as wide as the table', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['某某统计表'] },
      { row: 2, cells: ['序号', '名称', '金额'] },
      { row: 3, cells: [1, '甲', 100] },
    ];
    const t = findTable(rows)!;
    expect(t.headerRows).toEqual([2]);
    expect(labels(rows)).toEqual(['序号', '名称', '金额']);
  });

  it('reads header cells with a BOM, line breaks inside and full-width units', () => {
    const t = findTable([
      { row: 1, cells: ['\ufeff案件编号', '当事人', '罚款金额\n（元）', '决定日期', '执法机关'] },
      { row: 2, cells: ['X', 'Y', '100', '2024/3/5', 'Z'] },
    ])!;
    expect(t.columns.map((c) => [c.label, c.name, c.unit])).toEqual([
      ['案件编号', '案件编号', null], ['当事人', '当事人', null], ['罚款金额（元）', '罚款金额', '元'],
      ['决定日期', '决定日期', null], ['执法机关', '执法机关', null],
    ]);
  });

  it('handles a one-column table and an empty sheet', () => {
    expect(findTable([{ row: 1, cells: ['执法机关'] }, { row: 2, cells: ['连云港市司法局'] }])!.headerRows).toEqual([1]);
    expect(findTable([])).toBeNull();
    expect(findTable([{ row: 1, cells: [null, '  '] }])).toBeNull();
  });
});

describe('findTable: two-row merged headers', () => {
  it('combines the annual form header under a title, and leaves the 合计 row to the loader', () => {
    const t = findTable(ANNUAL_SHEET)!;
    expect(t.headerRows).toEqual([3, 4]);
    expect(t.dataStartRow).toBe(5);
    expect(t.preambleUnit).toBe('万元');
    expect(t.columns.map((c) => c.label)).toEqual([
      '填报单位',
      '行政处罚/警告、通报批评', '行政处罚/罚款', '行政处罚/没收', '行政处罚/暂扣/降级', '行政处罚/吊销', '行政处罚/限制经营',
      '行政处罚/停产停业/关闭/限制从业', '行政处罚/拘留', '行政处罚/其他', '行政处罚/合计', '行政处罚/罚没金额（万元）',
      '行政许可/申请', '行政许可/受理', '行政许可/许可', '行政许可/不予许可', '行政许可/撤销许可',
      '行政强制/措施', '行政强制/执行', '行政强制/申请法院强制执行',
      '行政检查/次数',
    ]);
    expect(t.columns[11]).toMatchObject({ index: 11, name: '行政处罚/罚没金额', unit: '万元', parts: ['行政处罚', '罚没金额（万元）'] });
    // The rows the loader must skip.
    expect(ANNUAL_SHEET.filter((r) => isTotalRow(r.cells)).map((r) => r.row)).toEqual([7]);
  });

  it('finds the pair when the parent row scores best (child row of less known words)', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['执法机关', '处罚决定日期', '当事人信息', null, '罚款金额（元）'] },
      { row: 2, cells: [null, null, '名称', '代码', null] },
      { row: 3, cells: ['连云港市司法局', '2024-01-02', '某某公司', '91320700MA1XXXXXXX', 200] },
    ];
    const t = findTable(rows)!;
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.columns.map((c) => c.label)).toEqual(['执法机关', '处罚决定日期', '当事人信息/名称', '当事人信息/代码', '罚款金额（元）']);
  });

  it('skips a 栏次 row under the header', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['填报单位', '行政处罚', null, '行政检查'] },
      { row: 2, cells: [null, '合计', '罚没金额（万元）', '次数'] },
      { row: 3, cells: ['甲', 1, 2, 3] },
      { row: 4, cells: ['连云港市司法局', 10, 2.5, 300] },
    ];
    const t = findTable(rows)!;
    expect(t.headerRows).toEqual([1, 2]);
    expect(t.dataStartRow).toBe(4);
  });

  it('does not mistake a text data row under a one-row header for a child row', () => {
    const rows: SheetRow[] = [
      { row: 1, cells: ['当事人', '案件编号', null, '执法机关'] },
      { row: 2, cells: ['某某商贸有限公司', '海市监罚〔2024〕12号', '备用', '连云港市海州区市场监督管理局'] },
    ];
    expect(findTable(rows)!.headerRows).toEqual([1]);
  });
});

describe('combineHeaderRows', () => {
  it('carries a parent label right only while the child row has labels', () => {
    const cols = combineHeaderRows(
      ['填报单位', '行政处罚', null, null, '备注', null],
      [null, '罚款', '合计', null, null, '说明'],
    );
    // 行政处罚 stops at the blank child cell; 备注 has no child (vertical merge) and carries nothing.
    expect(cols.map((c) => [c.index, c.label])).toEqual([[0, '填报单位'], [1, '行政处罚/罚款'], [2, '行政处罚/合计'], [4, '备注'], [5, '说明']]);
  });

  it('accepts readers that repeat merged values into every cell', () => {
    const cols = combineHeaderRows(['填报单位', '行政处罚', '行政处罚'], ['填报单位', '罚款', '合计']);
    expect(cols.map((c) => c.label)).toEqual(['填报单位', '行政处罚/罚款', '行政处罚/合计']);
  });
});
