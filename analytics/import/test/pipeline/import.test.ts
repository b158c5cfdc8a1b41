import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { openWorkspace, type Workspace } from '../../../workspace/open.ts';
import { importFile } from '../../import-file.ts';
import { SHUANG_GONGSHI_HEADER, shuangGongshiRow, writeCsv, writeXlsx, type Rows } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let ws: Workspace;
beforeEach(async () => {
  ws?.close();
  ws = await openWorkspace(join(dir, `ws${n++}.duckdb`), { create: true });
});
afterAll(() => ws?.close());

const AGENCY = '连云港市市场监督管理局';

function penaltyRows(): Rows {
  return [
    ['连云港市市场监督管理局行政处罚信息公示（2025年度）'],
    [],
    SHUANG_GONGSHI_HEADER,
    shuangGongshiRow({ party: '连云港甲贸易有限公司', code: '91320706MA1MXXXX0X', no: '连市监罚〔2025〕1号', category: '罚款；没收违法所得', fineWan: 0.5, confWan: 0.12, date: new Date(Date.UTC(2025, 2, 5)), agency: AGENCY }),
    shuangGongshiRow({ party: '连云港乙餐饮店', no: '连市监罚〔2025〕2号', category: '警告,罚款', fineWan: 0.29, date: 45356 + 365, agency: '海州区市场监督管理局' }),
    shuangGongshiRow({ party: '丙', no: '连市监罚〔2025〕3号', category: '罚款', fineWan: '1.2万', date: '2025年3月5日', agency: '东海县市场监督管理局' }),
    shuangGongshiRow({ party: '丁', no: '连市监罚〔2025〕4号', category: '罚款', fineWan: -1, date: '2025/13/5', agency: AGENCY }),
    shuangGongshiRow({ party: '丙', no: '连市监罚〔2025〕3号', category: '罚款', fineWan: 0.3, date: '2025.03.05', agency: AGENCY }),
    shuangGongshiRow({ party: '戊', no: '连市监罚〔2025〕5号', category: '罚款', fineWan: 0.3, date: '2025-04-01', agency: AGENCY, note: '' }),
    [],
    ['合计', null, null, null, null, null, null, null, null, null, null, null, null, null, null, 2.29],
  ];
}

describe('import pipeline', () => {
  it('imports a 双公示 .xlsx: title rows skipped, 万元 → 元, mixed dates, rejects at their Excel row', async () => {
    const f = join(dir, '双公示.xlsx');
    await writeXlsx(f, [{ name: '处罚', rows: penaltyRows(), merges: ['A1:H1'] }]);
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('penalty');
    expect(r.rows_read).toBe(6);
    expect(r.rows_imported).toBe(4);
    expect(r.rows_rejected).toBe(2);
    expect(r.rejects).toEqual(expect.arrayContaining([
      expect.objectContaining({ row: 7, column: '罚款金额(万元)', reason: '金额为负数' }),
      expect.objectContaining({ row: 7, column: '处罚决定日期', reason: '月份超出范围' }),
      expect.objectContaining({ row: 8, reason: '重复记录：与本文件第 6 行相同' }),
    ].slice(0, 3)));
    const rows = await all<{ decision_no: string; fine_yuan: number; confiscation_yuan: number | null; decided_on: string; categories: string[]; division: string }>(
      ws.conn,
      sql`SELECT decision_no, fine_yuan, confiscation_yuan, decided_on, categories, division FROM penalty_case ORDER BY decision_no`,
    );
    expect(rows).toEqual([
      { decision_no: '连市监罚〔2025〕1号', fine_yuan: 5000, confiscation_yuan: 1200, decided_on: '2025-03-05', categories: ['罚款', '没收违法所得'], division: '市本级' },
      { decision_no: '连市监罚〔2025〕2号', fine_yuan: 2900, confiscation_yuan: null, decided_on: '2025-03-05', categories: ['警告', '罚款'], division: '海州区' },
      { decision_no: '连市监罚〔2025〕3号', fine_yuan: 12000, confiscation_yuan: null, decided_on: '2025-03-05', categories: ['罚款'], division: '东海县' },
      { decision_no: '连市监罚〔2025〕5号', fine_yuan: 3000, confiscation_yuan: null, decided_on: '2025-04-01', categories: ['罚款'], division: '市本级' },
    ]);
    const stored = await all<{ row_number: number; reason: string }>(ws.conn, sql`SELECT row_number, reason FROM import_reject ORDER BY row_number, reason`);
    expect(stored.map((s) => s.row_number)).toEqual([7, 7, 8]);
    const [batch] = await all<{ rows_read: number; rows_imported: number; rows_rejected: number; kind: string; sha256: string; mapping: string }>(
      ws.conn, sql`SELECT rows_read, rows_imported, rows_rejected, kind, sha256, mapping::VARCHAR AS mapping FROM import_batch`,
    );
    expect(batch).toMatchObject({ rows_read: 6, rows_imported: 4, rows_rejected: 2, kind: 'penalty' });
    expect(batch.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(batch.mapping).fields.fine.header).toBe('罚款金额(万元)');
  });

  it('re-importing the same file is a no-op; --replace swaps the batch', async () => {
    const f = join(dir, 'again.xlsx');
    await writeXlsx(f, [{ name: 'S', rows: penaltyRows() }]);
    const [first] = await importFile(ws, f);
    const [second] = await importFile(ws, f);
    expect(second.skipped).toBe('already_imported');
    expect(second.batch_id).toBe(first.batch_id);
    expect((await all<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM penalty_case`))[0].n).toBe(4);
    const [third] = await importFile(ws, f, { replace: true });
    expect(third.skipped).toBeNull();
    expect(third.batch_id).not.toBe(first.batch_id);
    expect((await all<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM penalty_case`))[0].n).toBe(4);
    expect(await all(ws.conn, sql`SELECT DISTINCT batch_id FROM penalty_case`)).toEqual([{ batch_id: third.batch_id }]);
    expect(await all(ws.conn, sql`SELECT batch_id FROM import_batch`)).toEqual([{ batch_id: third.batch_id }]);
    expect(await all(ws.conn, sql`SELECT DISTINCT batch_id FROM import_reject`)).toEqual([{ batch_id: third.batch_id }]);
  });

  it('records the SHA-256 hashed alongside the import, and knows a renamed copy without importing it', async () => {
    const f = join(dir, 'orig.xlsx');
    await writeXlsx(f, [{ name: 'S', rows: penaltyRows() }]);
    const [first] = await importFile(ws, f);
    const sha = createHash('sha256').update(readFileSync(f)).digest('hex');
    expect(await all(ws.conn, sql`SELECT sha256 FROM import_batch`)).toEqual([{ sha256: sha }]);
    const copy = join(dir, '副本.xlsx');
    copyFileSync(f, copy);
    const [again] = await importFile(ws, copy);
    expect(again).toMatchObject({ skipped: 'already_imported', batch_id: first.batch_id });
  });

  it('detects rows already in the workspace from another file as duplicates', async () => {
    const a = join(dir, 'a.xlsx');
    const b = join(dir, 'b.xlsx');
    await writeXlsx(a, [{ name: 'S', rows: penaltyRows() }]);
    await writeXlsx(b, [{ name: 'S', rows: [SHUANG_GONGSHI_HEADER, shuangGongshiRow({ party: '连云港甲贸易有限公司', no: '连市监罚〔2025〕1号', category: '罚款', fineWan: 1, date: '2025-03-05', agency: AGENCY })] }]);
    await importFile(ws, a);
    const [r] = await importFile(ws, b);
    expect(r.rows_rejected).toBe(1);
    expect(r.rejects[0]).toMatchObject({ row: 2, reason: '重复记录：工作区中已有相同记录' });
  });

  it('strict mode refuses the whole file and leaves the workspace unchanged', async () => {
    const f = join(dir, 'strict.xlsx');
    await writeXlsx(f, [{ name: 'S', rows: penaltyRows() }]);
    const threads = sql`SELECT current_setting('threads')::INTEGER AS n`;
    const before = await all(ws.conn, threads);
    await expect(importFile(ws, f, { strict: true })).rejects.toMatchObject({ code: 'STRICT' });
    // DuckDB's thread count, lowered while rows are converted, is back as it was after a failure too.
    expect(await all(ws.conn, threads)).toEqual(before);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM penalty_case`)).toEqual([{ n: 0 }]);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM import_batch`)).toEqual([{ n: 0 }]);
  });

  it('reads a GB18030 case-system CSV in 元 (detected, not asked)', async () => {
    const f = join(dir, '案件.csv');
    writeCsv(f, [
      ['案件编号', '当事人', '违法行为', '裁量阶次', '罚款金额（元）', '违法所得（元）', '决定日期', '执法机关', '程序类型'],
      ['灌南环罚〔2025〕7号', '灌南县某化工有限公司', '超标排放大气污染物', '从重', '1,200,000', '35000', '2025-06-30', '灌南县生态环境局', '普通'],
      ['灌南环罚〔2025〕8号', '某个体户', '未按规定设置排污口', '一般', '罚款2000元', '', '2025/7/1', '灌南县生态环境局', '简易程序'],
    ], 'gb18030');
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('penalty');
    expect(r.rows_imported).toBe(2);
    const rows = await all(ws.conn, sql`SELECT party_name, fine_yuan, illegal_gain_yuan, tier, tier_rank, procedure, division FROM penalty_case ORDER BY decision_no`);
    expect(rows).toEqual([
      { party_name: '灌南县某化工有限公司', fine_yuan: 1200000, illegal_gain_yuan: 35000, tier: '从重', tier_rank: 5, procedure: '普通', division: '灌南县' },
      { party_name: '某个体户', fine_yuan: 2000, illegal_gain_yuan: null, tier: '一般', tier_rank: 3, procedure: '简易', division: '灌南县' },
    ]);
    const [batch] = await all<{ encoding: string }>(ws.conn, sql`SELECT encoding FROM import_batch`);
    expect(batch.encoding).toMatch(/gb/i);
  });

  it('reads a UTF-16LE tab-separated "Unicode text" ticket export and places tickets by address', async () => {
    const f = join(dir, '工单.txt');
    writeCsv(f, [
      ['12345工单编号', '12345受理时间', '12345诉求地址', '12345工单类型', '12345内容描述', '主办单位', '办结时间', '满意度'],
      ['GD2025000001', '2025-05-06 09:12:00', '连云港市海州区新海街道某小区', '投诉举报类', '反映执法人员多次重复检查', '海州区城管局', '2025-05-08 10:00:00', '非常满意'],
      ['GD2025000002', '45783.5', '赣马镇某村', '咨询', '咨询办证流程', '赣榆区行政审批局', '', '理解'],
      ['GD2025000003', '2025-05-07 10:00', '', '举报', '举报无证经营', '市市场监管局', '', ''],
    ], 'utf16le');
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('ticket');
    expect(r.rows_imported).toBe(3);
    const rows = await all(ws.conn, sql`SELECT ticket_no, line, received_at, appeal_type, division, division_source, satisfaction FROM hotline_ticket ORDER BY ticket_no`);
    expect(rows).toEqual([
      { ticket_no: 'GD2025000001', line: '12345', received_at: '2025-05-06 09:12:00', appeal_type: '投诉', division: '海州区', division_source: 'address', satisfaction: '满意' },
      { ticket_no: 'GD2025000002', line: '12345', received_at: '2025-05-06 12:00:00', appeal_type: '咨询', division: '赣榆区', division_source: 'street', satisfaction: '基本满意' },
      { ticket_no: 'GD2025000003', line: '12345', received_at: '2025-05-07 10:00:00', appeal_type: '举报', division: null, division_source: null, satisfaction: null },
    ]);
    expect(r.notes.join()).toContain('1 张工单无法确定所属区县');
  });

  it('combines a two-row merged annual-statistics header and converts 万元', async () => {
    const f = join(dir, '年报.xlsx');
    await writeXlsx(f, [{
      name: '年报',
      rows: [
        ['2025年度行政执法统计年报'],
        ['填报单位', '行政处罚', null, null, null, '行政检查'],
        [null, '警告、通报批评', '罚款', '合计', '罚没金额（万元）', '次数'],
        ['连云港市市场监督管理局', 3, 40, 43, 12.3456, 500],
        ['海州区市场监督管理局', 1, 10, 11, 1.5, 80],
        ['合计', 4, 50, 54, 13.8456, 580],
      ],
      merges: ['A1:F1', 'B2:E2', 'A2:A3'],
    }]);
    const [r] = await importFile(ws, f);
    expect(r.kind).toBe('annual_stat');
    expect(r.rows_read).toBe(2);
    const rows = await all(ws.conn, sql`SELECT agency, indicator, value, unit, year FROM annual_stat WHERE agency = '连云港市市场监督管理局' ORDER BY indicator`);
    expect(rows).toEqual([
      { agency: '连云港市市场监督管理局', indicator: 'inspection_total', value: 500, unit: '次', year: 2025 },
      { agency: '连云港市市场监督管理局', indicator: 'penalty_amount_yuan', value: 123456, unit: '元', year: 2025 },
      { agency: '连云港市市场监督管理局', indicator: 'penalty_fine', value: 40, unit: '件', year: 2025 },
      { agency: '连云港市市场监督管理局', indicator: 'penalty_total', value: 43, unit: '件', year: 2025 },
      { agency: '连云港市市场监督管理局', indicator: 'penalty_warning', value: 3, unit: '件', year: 2025 },
    ]);
  });

  it('imports only the visible sheets and names the hidden ones in a note', async () => {
    const f = join(dir, '含隐藏表.xlsx');
    await writeXlsx(f, [
      { name: '处罚', rows: penaltyRows() },
      { name: '旧数据', rows: penaltyRows(), hidden: true },
    ]);
    const results = await importFile(ws, f);
    expect(results.map((r) => r.sheet)).toEqual(['处罚']);
    expect(results[0].notes).toContain('隐藏的工作表「旧数据」未导入（只导入可见的工作表；如需导入请在 Excel 中取消隐藏）');
    expect(await all(ws.conn, sql`SELECT DISTINCT sheet FROM import_batch`)).toEqual([{ sheet: '处罚' }]);
  });

  it('refuses a file of unknown shape with the headers it saw, and changes nothing', async () => {
    const f = join(dir, '杂表.xlsx');
    await writeXlsx(f, [{ name: 'S', rows: [['序号', '名称', '金额'], [1, 'a', 2]] }]);
    const before = await all(ws.conn, sql`SELECT count(*) AS n FROM import_batch`);
    await expect(importFile(ws, f)).rejects.toThrow(/杂表\.xlsx.*序号、名称、金额/);
    expect(await all(ws.conn, sql`SELECT count(*) AS n FROM import_batch`)).toEqual(before);
  });

  it('imports a survey workbook: items sheet first, answers mapped through the label map, blanks kept blank', async () => {
    const f = join(dir, '满意度.xlsx');
    await writeXlsx(f, [
      { name: '答卷', rows: [
        ['编号', '受访者类型', '被评价单位', '所属区县', '填报日期', 'Q1', 'Q2', 'Q3', '意见建议'],
        ['R1', '企业', AGENCY, '市本级', '2025-09-01', '非常满意', '满意', '满意', '执法人员态度好'],
        ['R2', '公众', AGENCY, '市本级', '2025-09-02', '不满意', null, '基本满意', null],
        ['R3', '律师', AGENCY, '市本级', '2025-09-03', '满意', '很好吧', '满意', null],
      ] },
      { name: '题目', rows: [['题号', '维度', '题目', '权重'], ['Q1', '执法规范', '亮证执法', 1], ['Q2', '执法文明', '态度', 1], ['Q3', '总体评价', '总体满意度', 0]] },
    ]);
    const results = await importFile(ws, f);
    expect(results.map((r) => r.kind)).toEqual(['survey_item', 'survey']);
    const survey = results[1];
    expect(survey.rows_imported).toBe(2);
    expect(survey.rejects[0]).toMatchObject({ row: 4, value: '很好吧' });
    expect(survey.rejects[0].reason).toContain('Q2');
    const answers = await all(ws.conn, sql`SELECT response_id, item_code, label, score FROM survey_answer ORDER BY response_id, item_code`);
    expect(answers).toEqual([
      { response_id: 'R1', item_code: 'Q1', label: '非常满意', score: 100 },
      { response_id: 'R1', item_code: 'Q2', label: '满意', score: 80 },
      { response_id: 'R1', item_code: 'Q3', label: '满意', score: 80 },
      { response_id: 'R2', item_code: 'Q1', label: '不满意', score: 30 },
      { response_id: 'R2', item_code: 'Q3', label: '基本满意', score: 60 },
    ]);
    expect(await all(ws.conn, sql`SELECT item_code, is_overall FROM survey_item ORDER BY item_code`)).toEqual([
      { item_code: 'Q1', is_overall: false }, { item_code: 'Q2', is_overall: false }, { item_code: 'Q3', is_overall: true },
    ]);
  });
});
