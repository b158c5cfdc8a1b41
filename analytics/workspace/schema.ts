/**
 * Names of the canonical tables and their columns: the known lists `ident()` checks identifiers
 * against. Kept in step with the migrations by a test.
 */

/** Every table of the canonical schema (DESIGN §3) plus the engine's own. */
export const TABLES = [
  'division', 'agency', 'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review',
  'survey_item', 'survey_response', 'survey_answer', 'annual_stat', 'setting', 'import_batch', 'import_reject',
  'schema_version',
] as const;

/** A canonical table name. */
export type TableName = (typeof TABLES)[number];

/** Tables whose rows come from an import batch (have `batch_id`). */
export const BATCH_TABLES = [
  'division', 'agency', 'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review',
  'survey_item', 'survey_response', 'survey_answer', 'annual_stat',
] as const satisfies readonly TableName[];
