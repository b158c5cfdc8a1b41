/**
 * An independent plain-TypeScript implementation of the benchmark assessment (DOMAIN §8 as the
 * deviation module documents it), case by case, for differential tests against the SQL.
 */

/** A benchmark_rule row as `SELECT *` returns it (JSON rows). */
export interface RawRule {
  rule_id: string;
  violation_code: string | null;
  violation_name: string;
  basis: string | null;
  tier_rank: number | null;
  fine_min_yuan: number | null;
  fine_max_yuan: number | null;
  multiple_min: number | null;
  multiple_max: number | null;
  base_kind: string | null;
  fallback_min_yuan: number | null;
  fallback_max_yuan: number | null;
  effective_from: string | null;
  effective_to: string | null;
}

/** A penalty_case row as `SELECT *` returns it. */
export interface RawCase {
  decision_no: string;
  party_name: string;
  violation_code: string | null;
  violation_name: string | null;
  basis: string | null;
  tier_rank: number | null;
  fine_yuan: number | null;
  illegal_gain_yuan: number | null;
  goods_value_yuan: number | null;
  categories: string[] | null;
  decided_on: string;
}

/** The reference verdict on one case. */
export interface Verdict {
  status: 'within' | 'below' | 'above' | 'no_rule' | 'not_assessable';
  match: 'code' | 'name' | 'basis' | 'ambiguous' | 'tier_missing' | 'none';
  min: number | null;
  max: number | null;
  ratio: number | null;
}

const half = (s: string) => s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) => (ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0)));

function memo(f: (s: string) => string): (s: string | null) => string | null {
  const cache = new Map<string, string | null>();
  return (s) => {
    if (s === null) return null;
    let out = cache.get(s);
    if (out === undefined) {
      const v = f(s);
      out = v === '' ? null : v;
      cache.set(s, out);
    }
    return out;
  };
}

/** Name normalization as documented in normalize-sql.ts. */
export const refName = memo((s) => half(s).replace(/[\t\n\f\r \p{Z}\p{P}\p{Cf}<>]/gu, '').toLowerCase());

/** Code normalization. */
export const refCode = memo((s) => half(s).replace(/[\t\n\f\r \p{Z}]/gu, '').toUpperCase());

const GAIN = ['违法所得'];
const GOODS = ['货值金额', '货值'];
const r2 = (x: number) => Math.round(x * 100) / 100;

/** One rule evaluated for one case: [lo, hi (null = unbounded)] or null when it cannot be. */
function ruleRange(r: RawRule, c: RawCase): [number, number | null] | null {
  const multiple = r.multiple_min !== null || r.multiple_max !== null;
  if (!multiple) {
    if (r.fine_min_yuan === null && r.fine_max_yuan === null) return null;
    return [r.fine_min_yuan ?? 0, r.fine_max_yuan];
  }
  const kind = r.base_kind ?? '违法所得';
  const base = GAIN.includes(kind) ? c.illegal_gain_yuan : GOODS.includes(kind) ? c.goods_value_yuan : undefined;
  if (base === undefined) return null;
  if (base !== null && base > 0) return [r2((r.multiple_min ?? 0) * base), r.multiple_max === null ? null : r2(r.multiple_max * base)];
  if (r.fallback_min_yuan === null && r.fallback_max_yuan === null) return null;
  return [r.fallback_min_yuan ?? 0, r.fallback_max_yuan];
}

const indexes = new WeakMap<readonly RawRule[], { byCode: Map<string, RawRule[]>; byName: Map<string, RawRule[]> }>();

/** Rules by normalized code and by normalized name (built once per rule list). */
function indexOf(rules: readonly RawRule[]) {
  let index = indexes.get(rules);
  if (!index) {
    index = { byCode: new Map(), byName: new Map() };
    for (const r of rules) {
      const code = refCode(r.violation_code);
      const name = refName(r.violation_name);
      if (code !== null) index.byCode.set(code, [...(index.byCode.get(code) ?? []), r]);
      if (name !== null) index.byName.set(name, [...(index.byName.get(name) ?? []), r]);
    }
    indexes.set(rules, index);
  }
  return index;
}

/** The rules a case is held to, and how it matched. */
export function selectRules(c: RawCase, rules: readonly RawRule[]): { rules: RawRule[]; match: Verdict['match'] } {
  const index = indexOf(rules);
  const inForce = (r: RawRule) => (r.effective_from === null || c.decided_on >= r.effective_from) && (r.effective_to === null || c.decided_on <= r.effective_to);
  const code = refCode(c.violation_code);
  const name = refName(c.violation_name);
  let how: 'code' | 'name' = 'code';
  let cand = code === null ? [] : (index.byCode.get(code) ?? []).filter(inForce);
  if (!cand.length) {
    how = 'name';
    cand = name === null ? [] : (index.byName.get(name) ?? []).filter((r) => (code === null || refCode(r.violation_code) === null) && inForce(r));
  }
  if (!cand.length) return { rules: [], match: 'none' };
  const bases = new Set(cand.map((r) => refName(r.basis)).filter((b) => b !== null));
  let basisUsed = false;
  if (bases.size > 1) {
    const cb = refName(c.basis);
    const q = (r: RawRule) => {
      const rb = refName(r.basis);
      if (cb === null || rb === null) return 0;
      return rb === cb ? 2 : cb.includes(rb) || rb.includes(cb) ? 1 : 0;
    };
    const best = Math.max(...cand.map(q));
    if (best === 0) return { rules: [], match: 'ambiguous' };
    cand = cand.filter((r) => q(r) === best);
    basisUsed = true;
  }
  let chosen = cand;
  if (c.tier_rank !== null) {
    chosen = cand.filter((r) => r.tier_rank === c.tier_rank);
    if (!chosen.length) chosen = cand.filter((r) => r.tier_rank === null);
    if (!chosen.length) return { rules: [], match: 'tier_missing' };
  }
  return { rules: chosen, match: basisUsed ? 'basis' : how };
}

/** The verdict on one case. */
export function referenceVerdict(c: RawCase, rules: readonly RawRule[]): Verdict {
  const sel = selectRules(c, rules);
  if (!sel.rules.length) return { status: 'no_rule', match: sel.match, min: null, max: null, ratio: null };
  const ranges = sel.rules.map((r) => ruleRange(r, c));
  if (ranges.some((x) => x === null)) return { status: 'not_assessable', match: sel.match, min: null, max: null, ratio: null };
  const ok = ranges as [number, number | null][];
  const min = Math.min(...ok.map((x) => x[0]));
  const max = ok.some((x) => x[1] === null) ? null : Math.max(...ok.map((x) => x[1] as number));
  const v = (status: Verdict['status'], ratio: number | null = null): Verdict => ({ status, match: sel.match, min, max, ratio });
  const fine = c.fine_yuan;
  if ((fine === null || fine === 0) && !(c.categories ?? []).includes('罚款')) return v(min <= 0 ? 'within' : 'not_assessable');
  if (fine === null) return v('not_assessable');
  if (fine < min) return v('below', min > 0 ? (min - fine) / min : null);
  if (max !== null && fine > max) return v('above', max > 0 ? (fine - max) / max : null);
  return v('within');
}
