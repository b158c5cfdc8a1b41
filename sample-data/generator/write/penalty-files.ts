/**
 * Penalty exports: one 双公示 workbook per division and year (sheets 法人及非法人组织 and 自然人, a
 * title row, sometimes a blank row, then the header), and one GB18030 CSV per case-system agency
 * and year. Revoked duplicates sit right before the record that replaced them.
 */

import { join } from 'node:path';
import type { Agency } from '../agencies.ts';
import { writeCsv } from '../csv.ts';
import { DIVISIONS } from '../geo.ts';
import { personName } from '../names.ts';
import type { PenaltyCase } from '../penalty-types.ts';
import type { Rng } from '../rng.ts';
import { round } from '../stats.ts';
import { writeXlsx, type Cell, type SheetSpec } from '../xlsx.ts';
import { CSV_HEADER, csvRow, legalHeader, legalRow, personHeader, personRow, wanSuffix } from './penalty-rows.ts';
import type { WrittenFile } from './types.ts';

const fineTotal = (cs: PenaltyCase[]): number => round(cs.filter((c) => !c.revoked).reduce((s, c) => s + c.fine, 0));

function sheet(name: string, title: string, header: string[], rows: Cell[][], blankRow: boolean): SheetSpec {
  const last = String.fromCharCode(64 + Math.min(header.length, 26));
  const top: Cell[][] = blankRow ? [[title], []] : [[title]];
  return {
    name, rows: [...top, header, ...rows], merges: [`A1:${last}1`], boldRows: [1, top.length + 1],
    widths: header.map((h) => (h.includes('违法事实') || h.includes('处罚依据') || h.includes('处罚内容') ? 40 : 18)),
  };
}

/** Cases in file order: agency order, then date; a revoked duplicate precedes its replacement. */
function ordered(cases: PenaltyCase[], revoked: PenaltyCase[], agencies: Agency[]): PenaltyCase[] {
  const rank = new Map(agencies.map((a, i) => [a, i]));
  const sorted = [...cases].sort((p, q) => rank.get(p.agency)! - rank.get(q.agency)! || (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  const before = new Map(revoked.map((r) => [r.decisionNo, r]));
  return sorted.flatMap((c) => (before.has(c.decisionNo) ? [before.get(c.decisionNo)!, c] : [c]));
}

/** Write every penalty file of one year. */
export async function writePenaltyFiles(outDir: string, rng: Rng, agencies: Agency[], cases: PenaltyCase[], revoked: PenaltyCase[], year: number, current: boolean): Promise<WrittenFile[]> {
  const out: WrittenFile[] = [];
  const wan = wanSuffix(!current);
  for (const [di, d] of DIVISIONS.entries()) {
    const own = ordered(cases.filter((c) => c.agency.division === d.name && c.agency.export === 'xlsx'), revoked, agencies);
    if (own.length === 0) continue;
    const legal = own.filter((c) => c.party.type !== '自然人');
    const persons = own.filter((c) => c.party.type === '自然人');
    const who = d.name === '市本级' ? '连云港市市级部门' : d.name;
    const file = `行政处罚_双公示_${d.name}_${year}.xlsx`;
    const sheets = [
      sheet('法人及非法人组织', `${who}行政处罚信息公示（法人及非法人组织）（${year}年度）`, legalHeader(wan), legal.map(legalRow), di % 2 === 1),
      sheet('自然人', `${who}行政处罚信息公示（自然人）（${year}年度）`, personHeader(wan), persons.map(personRow), di % 2 === 1),
    ];
    const bytes = await writeXlsx(join(outDir, file), sheets, year + 1);
    out.push({ file, kind: 'penalty', sheet: '法人及非法人组织', rows: legal.length, bytes, fine_total_yuan: fineTotal(legal), revoked_rows: legal.filter((c) => c.revoked).length, year });
    out.push({ file, kind: 'penalty', sheet: '自然人', rows: persons.length, bytes, fine_total_yuan: fineTotal(persons), revoked_rows: 0, year });
  }
  const officers = rng.fork(`officers-${year}`);
  for (const a of agencies.filter((x) => x.export === 'csv')) {
    const own = cases.filter((c) => c.agency === a);
    const rows = own.map((c) => csvRow(c, `${personName(officers)}(${320700}${officers.int(10000, 99999)})、${personName(officers)}(${320700}${officers.int(10000, 99999)})`));
    const file = `行政处罚_案件系统导出_${a.name}_${year}.csv`;
    const bytes = await writeCsv(join(outDir, file), [CSV_HEADER, ...rows]);
    out.push({ file, kind: 'penalty', rows: own.length, bytes, fine_total_yuan: fineTotal(own), revoked_rows: 0, year });
  }
  return out;
}
