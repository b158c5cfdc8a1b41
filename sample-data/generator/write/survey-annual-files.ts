/**
 * The survey workbook (答卷 one row per respondent with label answers, 题目 the questionnaire) and
 * the annual-statistics form (title row, two header rows with merged group cells, a 合计 row).
 */

import { join } from 'node:path';
import type { AnnualRow } from '../annual.ts';
import { wallClock } from '../calendar.ts';
import { ANNUAL_PENALTY_COLUMNS } from '../categories.ts';
import type { SurveyResponse } from '../survey.ts';
import { SURVEY_ITEMS } from '../survey-items.ts';
import { writeXlsx, type Cell } from '../xlsx.ts';
import type { WrittenFile } from './types.ts';

/** Write the survey workbook. */
export async function writeSurvey(outDir: string, list: SurveyResponse[], year: number): Promise<WrittenFile[]> {
  const file = `执法满意度调查_${year}.xlsx`;
  const header = ['编号', '受访者类型', '被评价单位', '所属区县', '填报日期', ...SURVEY_ITEMS.map((q) => q.code), '意见建议'];
  const rows: Cell[][] = list.map((r) => [
    r.id, r.type, r.agency.name, r.agency.division, wallClock(r.date), ...SURVEY_ITEMS.map((q) => r.answers[q.code] || null), r.comment || null,
  ]);
  const items: Cell[][] = SURVEY_ITEMS.map((q) => [q.code, q.dimension, q.text, q.weight]);
  const bytes = await writeXlsx(join(outDir, file), [
    { name: '答卷', rows: [header, ...rows], boldRows: [1], widths: [14, 12, 30, 20, 12, ...SURVEY_ITEMS.map(() => 10), 40] },
    { name: '题目', rows: [['题号', '维度', '题目', '权重'], ...items], boldRows: [1], widths: [8, 12, 50, 8] },
  ], year + 1);
  return [
    { file, kind: 'survey', sheet: '答卷', rows: list.length, bytes, year },
    { file, kind: 'survey', sheet: '题目', rows: items.length, bytes, year },
  ];
}

const col = (n: number): string => String.fromCharCode(64 + n);

/** Write the annual statistics form. */
export async function writeAnnual(outDir: string, rows: AnnualRow[], year: number): Promise<WrittenFile> {
  const file = `行政执法统计年报_${year}.xlsx`;
  const pen = ANNUAL_PENALTY_COLUMNS.length + 2; // categories, 合计, 罚没金额
  const group: Cell[] = ['填报单位', '行政处罚', ...Array(pen - 1).fill(null), '行政许可', null, null, '行政强制', null, '行政检查'];
  const sub: Cell[] = [null, ...ANNUAL_PENALTY_COLUMNS.map((c) => c.label), '合计', '罚没金额（万元）', '申请', '许可', '不予许可', '措施', '执行', '检查次数'];
  const body: Cell[][] = rows.map((r) => [
    r.agency.name, ...ANNUAL_PENALTY_COLUMNS.map((c) => r.reported[c.code]), r.reported.penalty_total, r.amountCell,
    r.reported.license_applied, r.reported.license_granted, r.reported.license_refused,
    r.reported.coercion_measures, r.reported.coercion_enforcement, r.reported.inspection_total,
  ]);
  const total: Cell[] = ['合计', ...body[0].slice(1).map((_, j) => {
    const s = body.reduce((acc, r) => acc + (r[j + 1] as number), 0);
    return Math.round(s * 10000) / 10000;
  })];
  const lic = 2 + pen;
  const merges = [
    'A1:R1', 'A2:A3', `B2:${col(1 + pen)}2`, `${col(lic)}2:${col(lic + 2)}2`, `${col(lic + 3)}2:${col(lic + 4)}2`,
  ];
  const bytes = await writeXlsx(join(outDir, file), [{
    name: '年报', rows: [[`连云港市${year}年度行政执法统计年报（第一部分）`], group, sub, ...body, total], merges, boldRows: [1, 2, 3],
    widths: [34, ...Array(17).fill(11)],
  }], year + 1);
  return { file, kind: 'annual_stat', sheet: '年报', rows: body.length, bytes, year };
}
