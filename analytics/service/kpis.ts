/**
 * The overview's KPI cards from the analyses' own results (so a card always equals what the
 * analysis page and `supervise analyze` show): cases and 罚没金额 from penalties, 投诉举报 tickets from
 * hotspots (complaints scope), the deviation rate and the satisfaction index — each with its
 * prior-year value. Prior deviation (its summary query) and satisfaction come from prior-year runs,
 * used only when that year has data (penalty cases, survey responses).
 */
import type { AnalysisName, AnalysisResponse, Kpi } from '../contract.ts';
import { KPI_TEXT } from './messages.ts';

/** Results by analysis; a failed analysis is absent. */
export type Results = Partial<Record<AnalysisName, AnalysisResponse>>;

/** A number at `path` in a result, or null. */
export function numberAt(obj: unknown, ...path: string[]): number | null {
  let v: unknown = obj;
  for (const k of path) {
    if (typeof v !== 'object' || v === null) return null;
    v = (v as Record<string, unknown>)[k];
  }
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function kpi(key: Kpi['key'], value: number | null, prior: number | null): Kpi {
  const change = value !== null && prior !== null && prior !== 0 ? (value - prior) / prior : null;
  return { key, label: KPI_TEXT[key].label, unit: KPI_TEXT[key].unit, value, prior, change };
}

const wan = (yuan: number | null) => (yuan === null ? null : Math.round(yuan / 100) / 100);

/** Whether the survey result lists responses in `year`. */
function surveyHasYear(r: AnalysisResponse | undefined, year: number): boolean {
  const years = r?.result.years;
  return Array.isArray(years) && years.some((y: { year?: unknown; responses?: unknown }) => y?.year === year && Number(y.responses) > 0);
}

/**
 * The five KPI cards from the current and prior-year results; the prior deviation rate comes on its
 * own (the overview runs only the deviation summary for the prior year).
 */
export function buildKpis(now: Results, prior: Results, year: number, priorDeviationRate: number | null): Kpi[] {
  const p = now.penalties?.result;
  const h = now.hotspots?.result;
  const hadPriorCases = (numberAt(p, 'yoy', 'cases_prior') ?? 0) > 0;
  const priorDeviation = now.deviation && hadPriorCases ? priorDeviationRate : null;
  const priorSatisfaction = now.survey && surveyHasYear(prior.survey, year - 1) ? numberAt(prior.survey?.result, 'overall', 'index') : null;
  return [
    kpi('cases', numberAt(p, 'summary', 'cases'), numberAt(p, 'yoy', 'cases_prior')),
    kpi('fine_total_wan', wan(numberAt(p, 'summary', 'penalty_total_yuan')), wan(numberAt(p, 'yoy', 'penalty_total_prior_yuan'))),
    kpi('tickets', numberAt(h, 'summary', 'tickets'), numberAt(h, 'summary', 'tickets_prior')),
    kpi('deviation_rate', numberAt(now.deviation?.result, 'summary', 'deviation_rate'), priorDeviation),
    kpi('satisfaction_index', numberAt(now.survey?.result, 'overall', 'index'), priorSatisfaction),
  ];
}
