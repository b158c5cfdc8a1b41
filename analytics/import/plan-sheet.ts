/**
 * Planning one sheet before loading: read its first rows, find the table (title rows, merged
 * two-row headers), decide the kind and the column mapping. The rows read for this are kept and
 * replayed, so the sheet is streamed once.
 */
import { findTable } from './headers/find-table.ts';
import { resolveMapping } from './headers/resolve-mapping.ts';
import { formatHeaderList } from './headers/messages.ts';
import { sideBySideNote } from './headers/side-by-side.ts';
import type { ColumnMapping, TableLayout } from './headers/header-types.ts';
import type { MappingOverride } from './headers/mapping-override.ts';
import type { KnownSurveyItem } from './headers/survey-items.ts';
import type { ImportKind, SheetRow, SheetSource } from './types.ts';

export type { MappingOverride };

/** How many rows are read to find the header. */
const SCAN_ROWS = 40;
/** How far the header is looked for when none is found in the first {@link SCAN_ROWS} rows. */
const DEEP_SCAN_ROWS = 200;

/** A sheet ready to load. */
export interface SheetPlan {
  sheet: SheetSource;
  sheetCount: number;
  kind: ImportKind;
  layout: TableLayout;
  mapping: ColumnMapping;
  dataStartRow: number;
  /** Notes for the import report found while planning (unit taken from a `单位：万元` line …). */
  notes: string[];
  /** All rows of the sheet, the scanned ones first. Iterate once. */
  rows(): AsyncIterable<SheetRow[]>;
}

/** Options that influence planning. */
export interface PlanOptions {
  kind?: ImportKind;
  mapping?: MappingOverride;
  signal?: AbortSignal;
  surveyItems?: KnownSurveyItem[];
}

/** Plans a sheet, or explains (in Chinese, naming the file and sheet) why it cannot be imported. */
export async function planSheet(
  sheet: SheetSource,
  fileName: string,
  sheetCount: number,
  opts: PlanOptions,
): Promise<{ ok: true; value: SheetPlan } | { ok: false; message: string; code?: 'MAPPING' }> {
  const where = sheetCount > 1 ? `文件 "${fileName}" 的工作表「${sheet.name}」` : `文件 "${fileName}"`;
  const iterator = sheet.rows(opts.signal)[Symbol.asyncIterator]();
  const head: SheetRow[][] = [];
  let scanned: SheetRow[] = [];
  let done = false;
  const readHead = async (rows: number) => {
    while (!done && scanned.length < rows) {
      const next = await iterator.next();
      if (next.done) done = true;
      else {
        head.push(next.value);
        scanned = scanned.concat(next.value);
      }
    }
  };
  const plan = (rows: number) => {
    const layout = findTable(scanned.slice(0, rows), { maxScanRows: rows });
    if (!layout || !layout.columns.length) return { layout: null, resolved: null };
    return { layout, resolved: resolveMapping(layout.columns, { kind: opts.kind, override: opts.mapping, surveyItems: opts.surveyItems }) };
  };
  await readHead(SCAN_ROWS);
  let found = plan(SCAN_ROWS);
  if (!found.resolved?.ok && !done) {
    // A long 填报说明 can push the header past the usual scan; look further before giving up.
    await readHead(DEEP_SCAN_ROWS);
    const deeper = plan(DEEP_SCAN_ROWS);
    if (deeper.resolved?.ok) found = deeper;
  }
  const { layout, resolved } = found;
  if (!layout || !resolved) {
    await iterator.return?.();
    return { ok: false, message: `${where}为空，没有数据` };
  }
  if (!resolved.ok) {
    await iterator.return?.();
    return { ok: false, message: `${where}：${resolved.message}`, code: resolved.code };
  }
  const hasData = scanned.some((r) => r.row >= layout.dataStartRow);
  if (!hasData && done) {
    return { ok: false, message: `${where}只有表头，没有数据行（表头：${formatHeaderList(layout.columns)}）` };
  }
  const notes: string[] = [];
  if (layout.preambleUnit) notes.push(`表格上方注明“单位：${layout.preambleUnit}”，未注明单位的金额列按${layout.preambleUnit}处理`);
  const beside = sideBySideNote(resolved.value.mapping);
  if (beside) notes.push(beside);
  return {
    ok: true,
    value: {
      sheet, sheetCount, kind: resolved.value.kind, layout, mapping: resolved.value.mapping, dataStartRow: layout.dataStartRow, notes,
      async *rows() {
        yield* head;
        if (done) return;
        for (;;) {
          const next = await iterator.next();
          if (next.done) return;
          yield next.value;
        }
      },
    },
  };
}
