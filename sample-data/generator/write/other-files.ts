/** Inspection, case-review, division and agency exports (plain header row, one record per row). */

import { join } from 'node:path';
import type { Agency } from '../agencies.ts';
import { wallClock } from '../calendar.ts';
import { DIVISIONS } from '../geo.ts';
import type { Inspection } from '../inspections.ts';
import type { Review } from '../reviews.ts';
import { writeXlsx } from '../xlsx.ts';
import type { WrittenFile } from './types.ts';

export const INSPECTION_HEADER = ['检查编号', '执法机关', '检查对象', '统一社会信用代码', '检查日期', '检查方式', '所属区县', '是否发现问题'];
export const REVIEW_HEADER = ['评查编号', '年度', '执法机关', '案卷编号', '案卷类型', '得分', '等次', '是否否决'];

/** Inspections; every tenth date is typed as text, as merged departmental sheets often are. */
export async function writeInspections(outDir: string, list: Inspection[], year: number): Promise<WrittenFile> {
  const file = `行政检查记录_${year}.xlsx`;
  const rows = list.map((x, i) => [
    x.id, x.agency.name, x.target.name, x.target.creditCode, i % 10 === 7 ? x.date : wallClock(x.date), x.mode, x.division, x.found ? '是' : '否',
  ]);
  const bytes = await writeXlsx(join(outDir, file), [{ name: '检查记录', rows: [INSPECTION_HEADER, ...rows], boldRows: [1], widths: [16, 30, 34, 22, 12, 12, 20, 12] }], year + 1);
  return { file, kind: 'inspection', sheet: '检查记录', rows: list.length, bytes, year };
}

/** Case-file review results under a title row. */
export async function writeReviews(outDir: string, list: Review[], year: number): Promise<WrittenFile> {
  const file = `案卷评查结果_${year}.xlsx`;
  const rows = list.map((r) => [r.id, r.year, r.agency.name, r.caseNo, r.caseType, r.score, r.grade, r.veto ? '是' : '否']);
  const bytes = await writeXlsx(join(outDir, file), [{
    name: '评查结果', rows: [[`连云港市${year}年度行政执法案卷评查结果汇总表`], REVIEW_HEADER, ...rows], merges: ['A1:H1'], boldRows: [1, 2],
    widths: [12, 8, 30, 26, 10, 8, 8, 10],
  }], year + 1);
  return { file, kind: 'review', sheet: '评查结果', rows: list.length, bytes, year };
}

/** Divisions with population and market entities (zones are inside their parent's figures). */
export async function writeDivisions(outDir: string, year: number): Promise<WrittenFile> {
  const file = '行政区划_连云港.xlsx';
  const rows = DIVISIONS.map((d) => [d.name, d.parent, d.population, d.entities]);
  const bytes = await writeXlsx(join(outDir, file), [{ name: '区划', rows: [['区划名称', '上级', '常住人口', '经营主体数'], ...rows], boldRows: [1], widths: [24, 12, 12, 12] }], year);
  return { file, kind: 'division', sheet: '区划', rows: rows.length, bytes };
}

/** The agency register. */
export async function writeAgencies(outDir: string, agencies: Agency[], year: number): Promise<WrittenFile> {
  const file = '执法机关名录.xlsx';
  const rows = agencies.map((a) => [a.name, a.division, a.sector]);
  const bytes = await writeXlsx(join(outDir, file), [{ name: '执法机关', rows: [['执法机关', '所属区县', '执法领域'], ...rows], boldRows: [1], widths: [34, 22, 14] }], year);
  return { file, kind: 'agency', sheet: '执法机关', rows: rows.length, bytes };
}
