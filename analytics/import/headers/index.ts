/**
 * The header layer's public surface: table finding, kind detection, column mapping and the
 * dictionaries. The loader imports from here.
 */

export type {
  BindingSource, ColumnMapping, ExtraColumns, FieldBinding, FieldSpec, HeaderColumn, HeaderResult,
  IndicatorColumn, KindDictionary, SurveyItemColumn, TableLayout,
} from './header-types.ts';
export { normalizeHeader, headerName, cleanHeaderText, toHalfWidthText, HEADER_UNITS, type NormalizedHeader } from './normalize-header.ts';
export { cellText, isEmptyCell, isLabelLike } from './cell-text.ts';
export { headerColumn, columnsFromLabels } from './header-column.ts';
export {
  findTable, combineHeaderRows, isBlankRow, isTotalRow, isNoteRow, isTitleRow, isColumnNumberRow, type FindTableOptions,
} from './find-table.ts';
export { DICTIONARIES, dictionaryOf, fieldNames, knownHeaderScore } from './dictionaries.ts';
export { matchField, type FieldMatch } from './field-match.ts';
export { ANNUAL_INDICATORS, ANNUAL_INDICATOR_LABELS, annualIndicator, type AnnualIndicator } from './annual-indicators.ts';
export { matchIndicator } from './match-indicator.ts';
export { normalizeItemCode, parseItemHeader, findSurveyItemColumns, type KnownSurveyItem } from './survey-items.ts';
export { mapColumns, finishMapping, type MapOptions } from './map-columns.ts';
export { detectKind, scoreKinds, describeCandidate, type DetectResult, type KindScore } from './detect-kind.ts';
export { parseMappingOverride, applyMappingOverride, describeFields, type MappingOverride } from './mapping-override.ts';
export { resolveMapping, mappingProblem, type ResolveOptions, type ResolvedMapping } from './resolve-mapping.ts';
export { formatHeaderList, formatField, kindLabel } from './messages.ts';
