/**
 * Shapes of the header layer: the table found on a sheet, the per-kind dictionaries and the
 * column mapping that the loader uses and stores with the batch (so every shape that ends up in a
 * mapping is plain JSON: strings, numbers, null, arrays, objects).
 */

import type { ImportKind } from '../types.ts';

/** One column of the header as found on the sheet. */
export interface HeaderColumn {
  /** 0-based index into `SheetRow.cells`. */
  index: number;
  /** The label as the user sees it, trimmed; two-row headers are combined as `parent/child`. */
  label: string;
  /** Normalised label used for matching (half-width, no spaces or `*`, unit and `12345` removed, lower case). */
  name: string;
  /** Unit taken from the header (`万元`, `元`, `件` …), null when the header names none. */
  unit: string | null;
  /** The raw label parts: `[label]` for a one-row header, `[parent, child]` for a combined one. */
  parts: string[];
  /** `12345` / `12348` when the header carried a hotline prefix (a hint for `hotline_ticket.line`). */
  hotlinePrefix: string | null;
}

/** The header and data area of one sheet, as found by `findTable`. */
export interface TableLayout {
  /** 1-based row numbers of the header rows (one, or two for a merged parent/child header). */
  headerRows: number[];
  /** Header columns with a non-empty label, left to right. */
  columns: HeaderColumn[];
  /** 1-based row number where data begins (the loader still skips blank, 合计 and note rows). */
  dataStartRow: number;
  /** Title and note rows found above the header (`连云港市…公示（2025年度）`, `填报单位：…`). */
  preamble: { row: number; text: string }[];
  /** The money unit stated above the header (`单位：万元`), null when none: for money columns without one. */
  preambleUnit: string | null;
}

/** How a field may be recognised in a header. */
export interface FieldSpec {
  /** Canonical field name (English, snake_case). */
  field: string;
  /** Chinese label used in messages. */
  label: string;
  /** Required fields weigh more in detection and must be present to import. */
  required: boolean;
  /** Header names (normalised by `normalizeHeader`) that denote the field. */
  synonyms: string[];
  /** A header containing one of these words never matches the field by containment. */
  notContaining: string[];
}

/** Extra column families some kinds carry besides their fields. */
export type ExtraColumns = 'survey_items' | 'annual_indicators';

/** The header dictionary of one import kind. */
export interface KindDictionary {
  kind: ImportKind;
  /** Chinese name of the kind used in messages (行政处罚, 12345工单 …). */
  label: string;
  fields: FieldSpec[];
  /** Family of extra columns (survey items, annual indicators) and how many are needed to import. */
  extra: { family: ExtraColumns; label: string; min: number } | null;
}

/** How a field was bound to a column. */
export type BindingSource = 'exact' | 'contains' | 'override';

/** One field bound to one column. */
export interface FieldBinding {
  index: number;
  /** The column label as seen in the file. */
  header: string;
  unit: string | null;
  match: BindingSource;
  /** 1 for an exact or overridden match, 0.5–0.9 for a containment match (detection weighs it). */
  quality: number;
}

/** A survey item (question) column of a response sheet. */
export interface SurveyItemColumn {
  index: number;
  /** Canonical item code (`Q1`), or null when the column was recognised as a question without a code. */
  code: string | null;
  /** The item text from the header (`执法人员是否亮证执法`), '' when the header is only a code. */
  text: string;
}

/** An indicator column of an annual statistics sheet. */
export interface IndicatorColumn {
  index: number;
  /** Indicator code (DOMAIN §4), e.g. `penalty_total`. */
  indicator: string;
  /** Unit from the header (child label first, then parent label), null when none. */
  unit: string | null;
}

/** The field → column mapping for one sheet; JSON-serialisable, stored with the batch. */
export interface ColumnMapping {
  kind: ImportKind;
  /** How the kind was chosen. */
  kindSource: 'detected' | 'forced' | 'override';
  /** Every header column seen, so the mapping can be rebuilt or overridden later. */
  columns: HeaderColumn[];
  /** Field name → bound column; fields absent from the file are absent here. */
  fields: Record<string, FieldBinding>;
  /** Survey item columns (kind `survey`), [] otherwise. */
  itemColumns: SurveyItemColumn[];
  /** Indicator columns (kind `annual_stat`), [] otherwise. */
  indicatorColumns: IndicatorColumn[];
  /** Columns used by nothing: listed so the import report can name them. */
  unmapped: { index: number; header: string }[];
  /** Required fields with no column (names, in dictionary order). */
  missingRequired: string[];
}

/** Success or a user-facing Chinese message. */
export type HeaderResult<T> = { ok: true; value: T } | { ok: false; message: string; code?: 'MAPPING' };
