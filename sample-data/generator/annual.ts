/**
 * Annual enforcement statistics (行政执法统计年报) per agency. Every value the case data can
 * reproduce equals it (heaviest-category rule, 罚没金额 = fines + confiscations, inspections
 * counted), except the planted mismatches listed in truth.json.
 */

import type { Agency } from './agencies.ts';
import { ANNUAL_COLUMN, ANNUAL_PENALTY_COLUMNS, heaviest } from './categories.ts';
import type { Inspection } from './inspections.ts';
import type { PenaltyCase } from './penalty-types.ts';
import type { Rng } from './rng.ts';

/** One agency's row: reported values by indicator code (money in 元). */
export interface AnnualRow {
  agency: Agency;
  reported: Record<string, number>;
  computed: Record<string, number>;
  /** The 罚没金额 cell as written (万元 column; the planted unit slip writes 元 there). */
  amountCell: number;
}

/** A planted mismatch. */
export interface Mismatch {
  agency: string;
  indicator: string;
  reported: number;
  computed: number;
  note: string;
}

/** Indicators reproducible from case and inspection data, from the current year's non-revoked rows. */
export function computeAnnual(cases: readonly PenaltyCase[], inspections: readonly Inspection[], a: Agency): Record<string, number> {
  const out: Record<string, number> = {};
  for (const col of ANNUAL_PENALTY_COLUMNS) out[col.code] = 0;
  let amount = 0;
  let total = 0;
  for (const c of cases) {
    if (c.agency !== a || c.revoked) continue;
    out[ANNUAL_COLUMN[heaviest(c.categories)]]++;
    total++;
    amount += c.fine + c.confiscation;
  }
  out.penalty_total = total;
  out.penalty_amount_yuan = amount;
  out.inspection_total = inspections.filter((x) => x.agency === a).length;
  return out;
}

const PLAN = [
  { agency: '连云港市城市管理局', indicator: 'penalty_total', note: '合计比分类之和多报' },
  { agency: '赣榆区综合行政执法局', indicator: 'penalty_amount_yuan', note: '罚没金额按元填入万元栏' },
  { agency: '海州区市场监督管理局', indicator: 'penalty_fine', note: '罚款件数少报' },
  { agency: '连云港市应急管理局', indicator: 'inspection_total', note: '检查次数少报' },
];

/** Rows for every agency with the planted mismatches applied. */
export function buildAnnual(rng0: Rng, agencies: Agency[], cases: readonly PenaltyCase[], inspections: readonly Inspection[]): { rows: AnnualRow[]; mismatches: Mismatch[] } {
  const rng = rng0.fork('annual');
  const mismatches: Mismatch[] = [];
  const rows = agencies.map((a) => {
    const computed = computeAnnual(cases, inspections, a);
    const applied = Math.round(computed.penalty_total * rng.uniform(1.5, 6) + rng.int(5, 60));
    const refused = Math.round(applied * rng.uniform(0.01, 0.05));
    const reported: Record<string, number> = {
      ...computed, license_applied: applied, license_granted: applied - refused, license_refused: refused,
      coercion_measures: Math.round(computed.penalty_total * rng.uniform(0.02, 0.12)),
      coercion_enforcement: Math.round(computed.penalty_total * rng.uniform(0, 0.03)),
    };
    let amountCell = Math.round(computed.penalty_amount_yuan) / 10000;
    const plan = PLAN.find((p) => p.agency === a.name);
    if (plan) {
      const c = computed[plan.indicator];
      const off = Math.max(3, Math.ceil(c * 0.04));
      if (plan.indicator === 'penalty_total') reported.penalty_total = c + off;
      if (plan.indicator === 'penalty_fine') reported.penalty_fine = c - off;
      if (plan.indicator === 'inspection_total') reported.inspection_total = Math.round(c * 0.85);
      if (plan.indicator === 'penalty_amount_yuan') {
        amountCell = Math.round(c);
        reported.penalty_amount_yuan = amountCell * 10000;
      }
      const r = reported[plan.indicator];
      if (Math.abs(r - c) <= Math.max(1, 0.01 * c)) throw new Error(`planted mismatch too small for ${a.name}`);
      mismatches.push({ agency: a.name, indicator: plan.indicator, reported: r, computed: c, note: plan.note });
    }
    return { agency: a, reported, computed, amountCell };
  });
  return { rows, mismatches };
}
