/**
 * Independent re-derivation of the planted facts from what the files say: benchmark range text
 * parsing, case assessment, group CVs, hotspot z-scores, surges, repeat-inspection episodes, the
 * heaviest-category annual counts and the survey index with Welch's test.
 */

import type { CaseRow, RuleRow, TicketRow } from './read-exports.ts';

/** A parsed 处罚裁量标准. */
export type Range = { kind: 'fixed'; lo: number; hi: number | null } | { kind: 'multiple'; base: string; lo: number; hi: number };

const amount = (num: string, unit: string): number => Number(num) * (unit === '万元' ? 10000 : 1);

/** Parse the range patterns of DOMAIN §2. */
export function parseRange(text: string): Range {
  if (text === '不予罚款' || text === '免予处罚') return { kind: 'fixed', lo: 0, hi: 0 };
  const t = text.replace(/^处/, '').replace(/罚款$/, '');
  let m = /^(违法所得|货值金额)([\d.]+)倍以上([\d.]+)倍以下$/.exec(t);
  if (m) return { kind: 'multiple', base: m[1], lo: Number(m[2]), hi: Number(m[3]) };
  m = /^(违法所得|货值金额)([\d.]+)%至([\d.]+)%$/.exec(t);
  if (m) return { kind: 'multiple', base: m[1], lo: Number(m[2]) / 100, hi: Number(m[3]) / 100 };
  m = /^([\d.]+)(万元|元)(?:以上|至)([\d.]+)(万元|元)(?:以下)?$/.exec(t);
  if (m) return { kind: 'fixed', lo: amount(m[1], m[2]), hi: amount(m[3], m[4]) };
  m = /^([\d.]+)-([\d.]+)(万元|元)$/.exec(t);
  if (m) return { kind: 'fixed', lo: amount(m[1], m[3]), hi: amount(m[2], m[3]) };
  m = /^([\d.]+)(万元|元)以下$/.exec(t);
  if (m) return { kind: 'fixed', lo: 0, hi: amount(m[1], m[2]) };
  m = /^([\d.]+)(万元|元)以上$/.exec(t);
  if (m) return { kind: 'fixed', lo: amount(m[1], m[2]), hi: null };
  throw new Error(`unparsed range: ${text}`);
}

/** Status of each case against the rule in force on its date (closed bounds). */
export function assessAll(cases: CaseRow[], rules: RuleRow[]): string[] {
  return cases.map((c) => {
    const inForce = rules.filter((r) => r.code === c.code && r.from <= c.date && (r.to === null || c.date <= r.to));
    const held = c.tier ? inForce.filter((r) => r.tier === c.tier) : inForce;
    if (held.length === 0) return 'no_rule';
    const ranges = held.map((r) => parseRange(r.text));
    let lo: number;
    let hi: number | null;
    if (ranges[0].kind === 'multiple') {
      const base = ranges[0].base === '货值金额' ? c.goods : c.gain;
      if (base === null) return 'not_assessable';
      lo = Math.min(...ranges.map((r) => r.lo)) * base;
      hi = Math.max(...ranges.map((r) => r.hi!)) * base;
    } else {
      lo = Math.min(...ranges.map((r) => r.lo));
      hi = ranges.some((r) => r.hi === null) ? null : Math.max(...ranges.map((r) => r.hi!));
    }
    if (c.fine < lo) return 'below';
    if (hi !== null && c.fine > hi) return 'above';
    return 'within';
  });
}

/** Sample CV. */
export function cvOf(xs: number[]): number {
  const m = xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
  return Math.sqrt(v) / m;
}

/** Division × category counts and z-scores of in-scope, placed tickets. */
export function hotspotCells(tickets: TicketRow[]): { division: string; category: string; observed: number; expected: number; z: number }[] {
  const counts = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  let g = 0;
  for (const t of tickets) {
    if (t.division === null) continue;
    const k = `${t.division}|${t.category}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    rows.set(t.division, (rows.get(t.division) ?? 0) + 1);
    cols.set(t.category, (cols.get(t.category) ?? 0) + 1);
    g++;
  }
  const out: { division: string; category: string; observed: number; expected: number; z: number }[] = [];
  for (const d of rows.keys()) for (const c of cols.keys()) {
    const observed = counts.get(`${d}|${c}`) ?? 0;
    const expected = (rows.get(d)! * cols.get(c)!) / g;
    out.push({ division: d, category: c, observed, expected, z: (observed - expected) / Math.sqrt(expected) });
  }
  return out;
}

/** Months (YYYY-MM) where a division × category count is ≥ 2 × the mean of the previous three and ≥ 10. */
export function surges(tickets: TicketRow[], year: number): { month: string; division: string; category: string; count: number; baseline: number }[] {
  const counts = new Map<string, number[]>();
  for (const t of tickets) {
    if (t.division === null) continue;
    const k = `${t.division}|${t.category}`;
    const series = counts.get(k) ?? new Array<number>(24).fill(0);
    series[(t.year - (year - 1)) * 12 + t.receivedAt.getUTCMonth()]++;
    counts.set(k, series);
  }
  const out: { month: string; division: string; category: string; count: number; baseline: number }[] = [];
  for (const [k, s] of counts) for (let i = 3; i < 24; i++) {
    const baseline = (s[i - 1] + s[i - 2] + s[i - 3]) / 3;
    if (s[i] >= 10 && s[i] >= 2 * baseline) {
      const [division, category] = k.split('|');
      out.push({ month: `${year - 1 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, division, category, count: s[i], baseline });
    }
  }
  return out;
}

const dayNo = (d: string): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/** Repeat-inspection episodes: per target (credit code, else name), clusters of visits no more than
 * 30 days apart that involve at least two different agencies. */
export function repeatEpisodes(list: { agency: string; code: string | null; name: string; date: string }[]): { target: string; agencies: string[] }[] {
  const byTarget = new Map<string, { agency: string; day: number }[]>();
  for (const x of list) {
    const k = x.code ?? `name:${x.name}`;
    byTarget.set(k, [...(byTarget.get(k) ?? []), { agency: x.agency, day: dayNo(x.date) }]);
  }
  const out: { target: string; agencies: string[] }[] = [];
  for (const [target, visits] of byTarget) {
    visits.sort((a, b) => a.day - b.day);
    let cluster = [visits[0]];
    const flush = (): void => {
      const agencies = [...new Set(cluster.map((v) => v.agency))];
      const close = cluster.some((a) => cluster.some((b) => a.agency !== b.agency && Math.abs(a.day - b.day) <= 30));
      if (agencies.length >= 2 && close) out.push({ target, agencies: agencies.sort() });
    };
    for (const v of visits.slice(1)) {
      if (v.day - cluster[cluster.length - 1].day > 30) { flush(); cluster = [v]; } else cluster.push(v);
    }
    flush();
  }
  return out;
}

/** Heaviest category (DOMAIN §1 order) → annual indicator. */
const ORDER: [string, string][] = [
  ['行政拘留', 'penalty_detention'], ['责令关闭', 'penalty_stop_close'], ['吊销许可证', 'penalty_revoke_license'], ['限制从业', 'penalty_stop_close'],
  ['责令停产停业', 'penalty_stop_close'], ['限制开展经营活动', 'penalty_restrict'], ['降低资质等级', 'penalty_suspend_license'],
  ['暂扣许可证', 'penalty_suspend_license'], ['没收违法所得', 'penalty_confiscation'], ['没收非法财物', 'penalty_confiscation'],
  ['罚款', 'penalty_fine'], ['通报批评', 'penalty_warning'], ['警告', 'penalty_warning'], ['其他', 'penalty_other'],
];

/** Annual indicators an agency's cases reproduce. */
export function annualFromCases(cases: CaseRow[]): Record<string, number> {
  const out: Record<string, number> = { penalty_total: 0, penalty_amount_yuan: 0 };
  for (const [, code] of ORDER) out[code] = 0;
  for (const c of cases) {
    const hit = ORDER.find(([cat]) => c.categories.includes(cat));
    if (!hit) throw new Error(`no category in ${c.decisionNo}`);
    out[hit[1]]++;
    out.penalty_total++;
    out.penalty_amount_yuan += c.fine + c.confiscation;
  }
  out.penalty_amount_yuan = Math.round(out.penalty_amount_yuan * 100) / 100;
  return out;
}

/** Student t CDF by Simpson integration of the density (independent of the generator's beta function). */
export function tCdf(t: number, df: number): number {
  const lg = (x: number): number => {
    // Lanczos log-gamma
    const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
    let a = c[0];
    const y = x - 1;
    for (let i = 1; i < 9; i++) a += c[i] / (y + i);
    const tt = y + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(tt) - tt + Math.log(a);
  };
  const k = Math.exp(lg((df + 1) / 2) - lg(df / 2)) / Math.sqrt(df * Math.PI);
  const f = (x: number): number => k * (1 + (x * x) / df) ** (-(df + 1) / 2);
  const a = Math.min(0, t);
  const b = Math.max(0, t);
  const n = 2000;
  const h = (b - a) / n;
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += f(a + i * h) * (i % 2 ? 4 : 2);
  const area = (s * h) / 3;
  return t < 0 ? 0.5 - area : 0.5 + area;
}

/** Welch's t and one-sided p (first sample lower). */
export function welchLess(a: number[], b: number[]): { t: number; p: number } {
  const mean = (x: number[]): number => x.reduce((s, v) => s + v, 0) / x.length;
  const v = (x: number[]): number => {
    const m = mean(x);
    return x.reduce((s, y) => s + (y - m) ** 2, 0) / (x.length - 1);
  };
  const va = v(a) / a.length;
  const vb = v(b) / b.length;
  const t = (mean(a) - mean(b)) / Math.sqrt(va + vb);
  const df = (va + vb) ** 2 / (va ** 2 / (a.length - 1) + vb ** 2 / (b.length - 1));
  return { t, p: tCdf(t, df) };
}
