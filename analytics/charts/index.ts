/**
 * The chart-option builders, one per chart (pure: data → ECharts option). The dashboards and the
 * report renderer both draw from these.
 */
export { CHART_FONT_FAMILY, PALETTE, TONE, type ChartStyle } from './theme.ts';
export { CHART_LABELS } from './labels.ts';
export { fineHistogramOption, type FineBin } from './fine-histogram.ts';
export { categoryMixOption, type CategoryCount } from './category-mix.ts';
export { agencyBarOption, type AgencyCases } from './agency-bar.ts';
export { monthlyTrendOption, type MonthFigures } from './monthly-trend.ts';
export { divisionTicketsOption, type DivisionTickets } from './division-tickets.ts';
export { hotspotHeatmapOption, type HeatCell } from './hotspot-heatmap.ts';
export { deviationStatusOption, type StatusCountsInput } from './deviation-status.ts';
export { agencyDeviationOption, type AgencyDeviationInput } from './agency-deviation.ts';
export { inspectionModesOption } from './inspection-modes.ts';
export { reviewScoresOption, type ReviewScore } from './review-scores.ts';
export { surveyDimensionsOption, type DimensionScore } from './survey-dimensions.ts';
export { ipaQuadrantOption, type QuadrantPoint } from './ipa-quadrant.ts';
export { reconcileMismatchOption, type MismatchInput } from './reconcile-mismatch.ts';
