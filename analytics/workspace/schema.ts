/**
 * Names of the canonical tables and their columns: the known lists `ident()` checks identifiers
 * against. Kept in step with the migrations by a test.
 */

/** Every table of the canonical schema (DESIGN §3) plus the engine's own. */
export const TABLES = [
  'division', 'agency', 'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review',
  'survey_item', 'survey_response', 'survey_answer', 'annual_stat', 'setting', 'import_batch', 'import_reject',
  'schema_version', 'penalty_category', 'annual_indicator',
] as const;

/** A canonical table name. */
export type TableName = (typeof TABLES)[number];

/** Tables whose rows come from an import batch (have `batch_id`). */
export const BATCH_TABLES = [
  'division', 'agency', 'penalty_case', 'benchmark_rule', 'hotline_ticket', 'inspection', 'case_review',
  'survey_item', 'survey_response', 'survey_answer', 'annual_stat',
] as const satisfies readonly TableName[];

/**
 * Columns the engine derives from others for speed (see `categories-key.ts`): not data an analyst
 * entered, so the data browser and row exports leave them out.
 */
export const INTERNAL_COLUMNS: ReadonlySet<string> = new Set(['penalty_case.categories_key']);

/** Columns of each canonical table (the known list for `ident()` on columns). A test keeps it in step with the DDL. */
export const TABLE_COLUMNS: Record<TableName, readonly string[]> = {
  division: ['name', 'parent', 'kind', 'population', 'entities', 'region_codes', 'streets', 'batch_id'],
  agency: ['name', 'division', 'sector', 'credit_code', 'batch_id'],
  penalty_case: [
    'decision_no', 'party_name', 'party_type', 'credit_code', 'id_number', 'legal_rep', 'violation_code', 'violation_name',
    'facts', 'basis', 'categories', 'categories_raw', 'content', 'fine_yuan', 'confiscation_yuan', 'illegal_gain_yuan',
    'goods_value_yuan', 'tier', 'tier_rank', 'tier_raw', 'procedure', 'decided_on', 'agency', 'division', 'division_source',
    'status', 'note', 'source_row', 'batch_id', 'categories_key',
  ],
  benchmark_rule: [
    'rule_id', 'violation_code', 'violation_name', 'legal_basis', 'basis', 'tier', 'tier_rank', 'tier_raw', 'condition',
    'fine_min_yuan', 'fine_max_yuan', 'multiple_min', 'multiple_max', 'base_kind', 'fallback_min_yuan', 'fallback_max_yuan',
    'effective_from', 'effective_to', 'authority', 'sector', 'source_text', 'source_row', 'batch_id',
  ],
  hotline_ticket: [
    'ticket_no', 'line', 'received_at', 'source', 'appeal_type', 'appeal_type_raw', 'category', 'category_path', 'content',
    'address', 'division', 'division_source', 'street', 'handling_unit', 'reply', 'due_at', 'closed_at', 'resolved',
    'satisfaction', 'satisfaction_raw', 'source_row', 'batch_id',
  ],
  inspection: [
    'inspection_id', 'agency', 'target_name', 'target_credit_code', 'inspected_on', 'mode', 'mode_raw', 'division',
    'found_problem', 'source_row', 'batch_id',
  ],
  case_review: ['review_id', 'year', 'agency', 'case_no', 'case_type', 'score', 'grade', 'veto', 'source_row', 'batch_id'],
  survey_item: ['item_code', 'dimension', 'text', 'weight', 'is_overall', 'batch_id'],
  survey_response: ['response_id', 'respondent_type', 'agency', 'division', 'answered_on', 'comment', 'source_row', 'batch_id'],
  survey_answer: ['response_id', 'item_code', 'label', 'score', 'batch_id'],
  annual_stat: ['year', 'agency', 'indicator', 'value', 'unit', 'value_raw', 'source_row', 'batch_id'],
  setting: ['key', 'value'],
  import_batch: [
    'batch_id', 'file_name', 'file_path', 'file_size', 'sha256', 'kind', 'sheet', 'mapping', 'encoding', 'imported_at',
    'rows_read', 'rows_imported', 'rows_rejected', 'notes',
  ],
  import_reject: ['batch_id', 'sheet', 'row_number', 'column', 'value', 'reason'],
  schema_version: ['version', 'name', 'applied_at'],
  penalty_category: ['name', 'code', 'severity_rank', 'annual_indicator'],
  annual_indicator: ['code', 'label', 'unit', 'money', 'ord'],
};
