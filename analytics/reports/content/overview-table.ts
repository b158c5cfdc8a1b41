/**
 * The main-indicator table of the overview: this year, the prior year where the analyses give it,
 * and the change (relative for counts and money, in points for rates and scores).
 */
import type { ReportData } from '../data/types.ts';
import { changeCell, fixed, int, pct, score, wan } from '../format.ts';

type Row = [label: string, current: string, prior: string, change: string];

const points = (a: number | null | undefined, b: number | null | undefined, unit: string, k = 1) =>
  a === null || a === undefined || b === null || b === undefined ? '—' : `${a - b >= 0 ? '+' : '−'}${fixed(Math.abs(k * (a - b)), 1)}${unit}`;

/** Rows of the indicator table. */
export function indicatorRows(d: ReportData): string[][] {
  const rows: Row[] = [];
  const p = d.penalties;
  if (p) {
    const y = p.yoy;
    rows.push(['行政处罚案件数（件）', int(p.summary.cases), y ? int(y.cases_prior) : '—', changeCell(y?.cases_change)]);
    rows.push(['罚没金额（万元）', wan(p.summary.penalty_total_yuan), y ? wan(y.penalty_total_prior_yuan) : '—', changeCell(y?.penalty_total_change)]);
    rows.push(['其中：罚款（万元）', wan(p.summary.fine_total_yuan), y ? wan(y.fine_total_prior_yuan) : '—', changeCell(y?.fine_total_change)]);
  }
  const h = d.hotspots;
  if (h) {
    rows.push(['投诉举报工单（件）', int(h.summary.tickets), h.prior_year ? int(h.summary.tickets_prior) : '—', changeCell(h.summary.tickets_change)]);
    rows.push(['投诉举报办结率', pct(h.summary.closed_rate), '—', '—']);
  }
  const q = d.quality;
  if (q && q.mode_share.inspections > 0) rows.push(['行政检查（次）', int(q.mode_share.inspections), '—', '—']);
  const dv = d.deviation;
  if (dv && dv.summary.assessed > 0) {
    const prior = d.prior.deviation?.summary.deviation_rate ?? null;
    rows.push(['裁量基准偏离率', pct(dv.summary.deviation_rate), pct(prior), points(dv.summary.deviation_rate, prior, '个百分点', 100)]);
  }
  if (q && q.review_summary.reviews > 0) rows.push(['案卷评查平均分', score(q.review_summary.mean_score), '—', '—']);
  const s = d.survey;
  if (s && s.overall.responses > 0) {
    const prior = d.prior.survey?.overall.index ?? null;
    rows.push(['执法满意度指数', score(s.overall.index), score(prior), points(s.overall.index, prior, '')]);
  }
  if (d.reconcile) rows.push(['年报不一致指标（项）', int(d.reconcile.mismatches.length), '—', '—']);
  return rows;
}
