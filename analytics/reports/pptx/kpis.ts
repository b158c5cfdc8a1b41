/**
 * The KPI slide's five numbers — cases, 罚没金额 (万元), tickets, deviation rate, satisfaction index —
 * each with its change on the prior year where the data has one.
 */
import type { ReportData } from '../data/types.ts';
import { change, int, pct, pointChange, score, wan } from '../format.ts';
import { REPORT_TEXT as T } from '../messages.ts';

/** One KPI tile. */
export interface Kpi {
  label: string;
  value: string;
  unit: string;
  /** `较上年上升66.7%`, or null without a prior year. */
  change: string | null;
  /** Direction, for the colour of the change (up is red, as Chinese reports colour increases). */
  up: boolean | null;
}

/** The KPIs the data supports, in a fixed order. */
export function kpis(d: ReportData): Kpi[] {
  const out: Kpi[] = [];
  const vs = (text: string) => (text ? `${T.deck.vsPrior}${text}` : null);
  const p = d.penalties;
  if (p) {
    out.push({ label: T.deck.kpi.cases, value: int(p.summary.cases), unit: '件', change: vs(change(p.yoy?.cases_change)), up: sign(p.yoy?.cases_change) });
    out.push({ label: T.deck.kpi.money, value: wan(p.summary.penalty_total_yuan), unit: '万元', change: vs(change(p.yoy?.penalty_total_change)), up: sign(p.yoy?.penalty_total_change) });
  }
  const h = d.hotspots;
  if (h) out.push({ label: T.deck.kpi.tickets, value: int(h.summary.tickets), unit: '件', change: vs(change(h.summary.tickets_change)), up: sign(h.summary.tickets_change) });
  const dv = d.deviation;
  if (dv && dv.summary.deviation_rate !== null) {
    const prior = d.prior.deviation?.summary.deviation_rate ?? null;
    const delta = prior === null ? null : 100 * (dv.summary.deviation_rate - prior);
    out.push({ label: T.deck.kpi.deviation, value: pct(dv.summary.deviation_rate).replace('%', ''), unit: '%', change: vs(pointChange(delta, '个百分点')), up: sign(delta) });
  }
  const s = d.survey;
  if (s && s.overall.index !== null) {
    const prior = d.prior.survey?.overall.index ?? null;
    const delta = prior === null ? null : s.overall.index - prior;
    out.push({ label: T.deck.kpi.satisfaction, value: score(s.overall.index), unit: '分', change: vs(pointChange(delta, '分')), up: sign(delta) });
  }
  return out;
}

function sign(v: number | null | undefined): boolean | null {
  return v === null || v === undefined || Math.abs(v) < 1e-9 ? null : v > 0;
}
