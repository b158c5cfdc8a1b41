/**
 * Public surface of the readers: open any supported input file as a {@link WorkbookSource}.
 */
export { openSource, sniffFormat, type SniffedFormat } from './open-source.ts';
export { DEFAULT_READ_LIMITS, resolveLimits, type ReadLimits, type ReadOptions } from './limits.ts';
export { ReadError, isAbortError } from './read-error.ts';
export { excelSerialToDate, isDateFormatCode, isBuiltinDateFormat } from './excel-dates.ts';
export type { WorkbookSource, SheetSource, SheetRow, Cell } from '../types.ts';
