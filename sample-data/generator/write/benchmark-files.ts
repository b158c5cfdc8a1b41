/**
 * Discretion-benchmark tables, one workbook per sector: a title row, then 序号 · 违法行为 ·
 * 违法行为代码 · 法律依据 · 处罚依据 · 违法程度 · 适用情形 · 处罚裁量标准 · 生效日期 · 失效日期 · 制定机关,
 * one row per tier. Two sectors merge the violation cells over their tier rows, as many published
 * tables do (the merged-away cells are empty in the file).
 */

import { join } from 'node:path';
import type { Violation } from '../catalog/types.ts';
import { wallClock } from '../calendar.ts';
import { rangeText } from '../range-text.ts';
import { SECTORS } from '../sectors.ts';
import { writeXlsx, type Cell } from '../xlsx.ts';
import type { WrittenFile } from './types.ts';

export const BENCHMARK_HEADER = ['序号', '违法行为', '违法行为代码', '法律依据', '处罚依据', '违法程度', '适用情形', '处罚裁量标准', '生效日期', '失效日期', '制定机关'];
const MERGED_SECTORS = new Set(['生态环境', '水利']);

/** Write the benchmark workbooks; returns the files and the number of rule rows. */
export async function writeBenchmarkFiles(outDir: string, catalog: Violation[], year: number): Promise<WrittenFile[]> {
  const out: WrittenFile[] = [];
  for (const s of SECTORS) {
    const rows: Cell[][] = [];
    const merges: string[] = [];
    let seq = 0;
    for (const v of catalog.filter((x) => x.sector === s.name && !x.noRule)) {
      seq++;
      for (const ver of v.versions) {
        const first = rows.length + 3; // title row, header row, 1-based
        ver.tiers.forEach((t, k) => {
          const lead = MERGED_SECTORS.has(s.name) && k > 0;
          rows.push([
            lead ? null : seq, lead ? null : v.name, lead ? null : v.code, lead ? null : v.law, lead ? null : v.basis,
            t.label, t.situation, rangeText(t, v.style, v.gainBase), wallClock(ver.from), ver.to ? wallClock(ver.to) : null, s.authority,
          ]);
        });
        if (MERGED_SECTORS.has(s.name) && ver.tiers.length > 1) {
          const last = first + ver.tiers.length - 1;
          for (const col of ['A', 'B', 'C', 'D', 'E']) merges.push(`${col}${first}:${col}${last}`);
        }
      }
    }
    const file = `裁量基准_${s.name}.xlsx`;
    const title = `${s.authority}${s.name}领域行政处罚裁量基准`;
    const bytes = await writeXlsx(join(outDir, file), [{
      name: s.name, rows: [[title], BENCHMARK_HEADER, ...rows], merges: ['A1:K1', ...merges], boldRows: [1, 2],
      widths: [6, 30, 10, 30, 36, 10, 30, 28, 12, 12, 24],
    }], year);
    out.push({ file, kind: 'benchmark', sheet: s.name, rows: rows.length, bytes });
  }
  return out;
}
