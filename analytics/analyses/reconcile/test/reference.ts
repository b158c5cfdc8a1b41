/**
 * An independent plain-TypeScript reconciliation (as `checks-sql.ts` documents it) over raw rows, for
 * differential tests.
 */

/** Raw rows the reference needs. */
export interface ReferenceInput {
  year: number;
  cases: { agency: string; categories: string[] | null; fine_yuan: number | null; confiscation_yuan: number | null; decided_on: string }[];
  inspections: { agency: string; inspected_on: string }[];
  stats: { year: number; agency: string; indicator: string; value: number | null; batch_id: number }[];
  categories: { name: string; severity_rank: number; annual_indicator: string }[];
  /** Agencies the filter selects (null: all). */
  agencies: Set<string> | null;
}

/** One reference comparison. */
export interface ReferenceCheck {
  agency: string;
  indicator: string;
  reported: number;
  computed: number;
  mismatch: boolean;
}

const TOTALS = ['penalty_total', 'penalty_amount_yuan', 'inspection_total'];

/** Every comparison the reconciliation should make. */
export function referenceChecks(input: ReferenceInput): ReferenceCheck[] {
  const reproducible = new Set([...input.categories.map((c) => c.annual_indicator), ...TOTALS]);
  const rank = new Map(input.categories.map((c) => [c.name, c]));
  const latest = new Map<string, { value: number; batch: number }>();
  for (const s of input.stats) {
    if (s.year !== input.year || s.value === null || !reproducible.has(s.indicator)) continue;
    if (input.agencies && !input.agencies.has(s.agency)) continue;
    const k = `${s.agency}\u0000${s.indicator}`;
    const prev = latest.get(k);
    if (!prev || s.batch_id > prev.batch) latest.set(k, { value: s.value, batch: s.batch_id });
  }
  const computed = new Map<string, number>();
  const add = (agency: string, indicator: string, v: number) => computed.set(`${agency}\u0000${indicator}`, (computed.get(`${agency}\u0000${indicator}`) ?? 0) + v);
  for (const c of input.cases) {
    if (!c.decided_on.startsWith(String(input.year))) continue;
    let best: { severity_rank: number; annual_indicator: string } | null = null;
    for (const name of c.categories ?? []) {
      const r = rank.get(name);
      if (r && (!best || r.severity_rank < best.severity_rank)) best = r;
    }
    add(c.agency, best?.annual_indicator ?? 'penalty_other', 1);
    add(c.agency, 'penalty_total', 1);
    add(c.agency, 'penalty_amount_yuan', (c.fine_yuan ?? 0) + (c.confiscation_yuan ?? 0));
  }
  for (const i of input.inspections) if (i.inspected_on.startsWith(String(input.year))) add(i.agency, 'inspection_total', 1);
  return [...latest.entries()].map(([k, r]) => {
    const [agency, indicator] = k.split('\u0000');
    const c = Math.round((computed.get(k) ?? 0) * 100) / 100;
    return { agency, indicator, reported: r.value, computed: c, mismatch: Math.abs(r.value - c) > Math.max(1, 0.01 * Math.abs(c)) };
  });
}
