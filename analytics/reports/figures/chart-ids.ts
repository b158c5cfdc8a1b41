/**
 * The charts a report can hold, by id. Sections refer to charts by id; each is rendered once and
 * shared by the .docx, .xlsx and .pptx.
 */
export const CHART_IDS = [
  'monthly_trend',
  'fine_histogram',
  'category_mix',
  'agency_cases',
  'division_tickets',
  'hotspot_heatmap',
  'deviation_status',
  'agency_deviation',
  'inspection_modes',
  'review_scores',
  'survey_dimensions',
  'ipa_quadrant',
  'reconcile_mismatch',
] as const;

/** One chart id. */
export type ChartId = (typeof CHART_IDS)[number];
