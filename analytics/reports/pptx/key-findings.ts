/**
 * Which findings get a slide (at most eight), each with the chart that shows it, and the one-line
 * headline cut from the finding's sentence.
 */
import type { Finding } from '../../analyses/types.ts';
import type { ReportData } from '../data/types.ts';
import type { ChartId } from '../figures/chart-ids.ts';
import type { ChartImages } from '../figures/render-figures.ts';
import { pick } from '../content/findings.ts';
import { int } from '../format.ts';

/** One finding slide. */
export interface KeyFinding {
  headline: string;
  /** The finding's full sentence (shown under the headline when it says more). */
  text: string;
  chart: ChartId;
}

/** Slots in presentation order: finding ids to try, charts to try, and the priority to keep. */
const SLOTS: { ids: string[]; charts: ChartId[]; keep: number }[] = [
  { ids: ['penalties.total'], charts: ['monthly_trend'], keep: 9 },
  { ids: ['penalties.fine_distribution'], charts: ['fine_histogram'], keep: 1 },
  { ids: ['hotspots.cell', 'hotspots.top_division', 'hotspots.total'], charts: ['hotspot_heatmap', 'division_tickets'], keep: 8 },
  { ids: ['deviation.overview'], charts: ['deviation_status'], keep: 2 },
  { ids: ['deviation.above_agency', 'deviation.below_agency'], charts: ['agency_deviation'], keep: 7 },
  { ids: ['quality.repeat_inspections', 'quality.mode_share'], charts: ['inspection_modes'], keep: 6 },
  { ids: ['quality.review_lowest', 'quality.review_summary'], charts: ['review_scores'], keep: 5 },
  { ids: ['survey.priority_dimension', 'survey.overall'], charts: ['ipa_quadrant', 'survey_dimensions'], keep: 4 },
  { ids: ['reconcile.'], charts: ['reconcile_mismatch'], keep: 3 },
];

/** At most this many finding slides (one idea per slide; a briefing is short). */
export const MAX_FINDING_SLIDES = 8;

/** The headline: the sentence without parentheses, cut at the first clause break past ~12 characters. */
export function headline(text: string, max = 30): string {
  const plain = text.replace(/（[^）]*）/g, '').replace(/\([^)]*\)/g, '').split(/[；。]/)[0].trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max + 1).lastIndexOf('，');
  return cut >= 12 ? plain.slice(0, cut) : `${plain.slice(0, max - 1)}…`;
}

/** The finding slides the data and charts support. */
export function keyFindings(d: ReportData, charts: ChartImages): KeyFinding[] {
  const findings = [d.penalties, d.hotspots, d.deviation, d.quality, d.survey, d.reconcile].flatMap((r) => pick(d, r?.findings));
  const found = (ids: string[]): Finding | null => {
    for (const id of ids) {
      const f = findings.find((x) => (id.endsWith('.') ? x.id.startsWith(id) : x.id === id));
      if (f) return f;
    }
    return null;
  };
  const chosen = SLOTS.flatMap((slot, order) => {
    const chart = slot.charts.find((c) => charts.has(c));
    let f = found(slot.ids);
    if (!f && slot.ids[0] === 'reconcile.' && d.reconcile?.mismatches.length) f = reconcileFinding(d);
    return chart && f ? [{ order, keep: slot.keep, chart, f }] : [];
  });
  const kept = [...chosen].sort((a, b) => b.keep - a.keep).slice(0, MAX_FINDING_SLIDES);
  return chosen.filter((c) => kept.includes(c)).map((c) => ({ headline: headline(c.f.text), text: c.f.text, chart: c.chart }));
}

/** A sentence for the reconciliation when its analysis states none. */
function reconcileFinding(d: ReportData): Finding {
  const r = d.reconcile!;
  const agencies = new Set(r.mismatches.map((m) => m.agency)).size;
  return { id: 'reconcile.summary', level: 'warn', numbers: {}, text: `${agencies}个执法机关的统计年报有${int(r.mismatches.length)}项数据与案件数据不一致` };
}
