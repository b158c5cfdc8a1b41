/**
 * Which data each report chart draws: ChartId → the shared option builder applied to the report's
 * data, or null when the data is not there (the chart is then left out everywhere).
 */
import type { EChartsOption } from 'echarts';
import {
  agencyBarOption,
  agencyDeviationOption,
  categoryMixOption,
  deviationStatusOption,
  divisionTicketsOption,
  fineHistogramOption,
  hotspotHeatmapOption,
  inspectionModesOption,
  ipaQuadrantOption,
  monthlyTrendOption,
  reconcileMismatchOption,
  reviewScoresOption,
  surveyDimensionsOption,
  type ChartStyle,
} from '../../charts/index.ts';
import { STATUS_LABELS } from '../../analyses/deviation/types.ts';
import type { ReportData } from '../data/types.ts';
import type { ChartId } from './chart-ids.ts';

/** Options of every chart the data supports. */
export function chartOptions(d: ReportData, style: ChartStyle): Map<ChartId, EChartsOption> {
  const out = new Map<ChartId, EChartsOption>();
  const add = (id: ChartId, ok: unknown, build: () => EChartsOption) => {
    if (ok) out.set(id, build());
  };
  const p = d.penalties;
  const h = d.hotspots;
  const dv = d.deviation;
  const q = d.quality;
  const s = d.survey;
  add('monthly_trend', p && p.summary.cases > 0, () => monthlyTrendOption(p!.by_month, { ...style, year: d.filter.year }));
  add('fine_histogram', p && p.summary.cases > 0, () => fineHistogramOption(p!.histogram, style));
  add('category_mix', p && p.by_heaviest_category.length > 1, () => categoryMixOption(p!.by_heaviest_category, style));
  add('agency_cases', p && p.by_agency.length > 1, () => agencyBarOption(p!.by_agency, style));
  const placed = h?.by_division.filter((r) => r.division !== null) ?? [];
  add('division_tickets', placed.length > 1, () => divisionTicketsOption(placed, style));
  add('hotspot_heatmap', h && h.cells.length > 1, () => hotspotHeatmapOption(h!.cells, style));
  add('deviation_status', dv && dv.summary.cases > 0, () => deviationStatusOption(dv!.status_counts, STATUS_LABELS, style));
  add('agency_deviation', dv && dv.by_agency.filter((r) => r.assessed >= 20).length > 1, () =>
    agencyDeviationOption(dv!.by_agency, { ...style, cityRate: dv!.summary.deviation_rate }),
  );
  add('inspection_modes', q && q.mode_share.inspections > 0, () => inspectionModesOption(q!.mode_counts, style));
  add('review_scores', q && q.reviews.length > 1, () => reviewScoresOption(q!.reviews, { ...style, cityMean: q!.review_summary.mean_score }));
  add('survey_dimensions', s && s.dimensions.some((x) => x.weight > 0 && x.score !== null), () =>
    surveyDimensionsOption(s!.dimensions.filter((x) => x.weight > 0), { ...style, index: s!.overall.index }),
  );
  add('ipa_quadrant', s && s.quadrants.length > 2, () => ipaQuadrantOption(s!.quadrants, style));
  const mm = d.reconcile?.mismatches ?? [];
  add('reconcile_mismatch', mm.length > 1, () => reconcileMismatchOption(mm.map((m) => ({ ...m, note: m.unitError ? '疑似单位错误' : undefined })), style));
  return out;
}
