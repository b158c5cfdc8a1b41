/**
 * What the import wizard shows before importing a file: per sheet the table found, the detected
 * kind, the field → header mapping with Chinese field labels, the first data rows as text, and why
 * a sheet cannot be imported as is. Uses the importer's own table finder and mapping rules, so the
 * preview says exactly what the import will do.
 */
import type { ImportKind, ImportPreview } from '../contract.ts';
import { cellText, dictionaryOf, findTable, resolveMapping, scoreKinds, type ColumnMapping } from '../import/headers/index.ts';
import { openSource } from '../import/read/open-source.ts';
import { sha256File } from '../import/load/hash.ts';
import type { SheetRow, SheetSource } from '../import/types.ts';
import type { ImportSourceEntry } from './import-sources.ts';
import { M } from './messages.ts';

/** Rows read per sheet to find the header (as the importer does). */
const SCAN_ROWS = 40;
/** Data rows shown in the preview grid. */
const PREVIEW_ROWS = 20;

type SheetPreview = ImportPreview['sheets'][number];

/** Previews a registered source; `isImported` tells whether a file with that SHA-256 is already in the workspace. */
export async function previewSource(
  entry: ImportSourceEntry,
  isImported: (sha256: string) => Promise<boolean>,
  opts: { kind?: ImportKind } = {},
): Promise<ImportPreview> {
  const source = await openSource(entry.path);
  try {
    const visible = source.sheets.filter((s) => !s.hidden);
    const sheets: SheetPreview[] = [];
    for (const sheet of visible.length ? visible : source.sheets) sheets.push(await previewSheet(sheet, opts.kind));
    const alreadyImported = await isImported(await sha256File(entry.path));
    return { file: entry.name, sourceId: entry.id, sheets, alreadyImported };
  } finally {
    await source.close().catch(() => undefined);
  }
}

async function firstRows(sheet: SheetSource): Promise<SheetRow[]> {
  const rows: SheetRow[] = [];
  const it = sheet.rows()[Symbol.asyncIterator]();
  try {
    while (rows.length < SCAN_ROWS + PREVIEW_ROWS) {
      const next = await it.next();
      if (next.done) break;
      rows.push(...next.value);
    }
  } finally {
    await it.return?.();
  }
  return rows;
}

async function previewSheet(sheet: SheetSource, kind: ImportKind | undefined): Promise<SheetPreview> {
  const rows = await firstRows(sheet);
  const layout = findTable(rows.slice(0, SCAN_ROWS));
  if (!layout || layout.columns.length === 0) {
    return { name: sheet.name, kind: null, problem: M.emptySheet, fields: [], headers: [], rows: [], headerRow: 0 };
  }
  const columns = layout.columns;
  const resolved = resolveMapping(columns, { kind });
  let mapping: ColumnMapping | null = null;
  let problem: string | null = null;
  if (resolved.ok) {
    mapping = resolved.value.mapping;
  } else {
    problem = resolved.message;
    // Show the closest kind's mapping so the user can correct it rather than start from nothing.
    const best = kind ? scoreKinds(columns).find((s) => s.kind === kind) : scoreKinds(columns)[0];
    if (best && best.requiredFound > 0) mapping = best.mapping;
  }
  const data = rows.filter((r) => r.row >= layout.dataStartRow).slice(0, PREVIEW_ROWS);
  return {
    name: sheet.name,
    kind: mapping?.kind ?? null,
    problem,
    fields: mapping ? fieldsOf(mapping) : [],
    headers: columns.map((c) => c.label),
    rows: data.map((r) => columns.map((c) => cellText(r.cells[c.index] ?? null))),
    headerRow: layout.headerRows[0],
  };
}

function fieldsOf(mapping: ColumnMapping): SheetPreview['fields'] {
  return dictionaryOf(mapping.kind).fields.map((spec) => ({
    field: spec.field,
    label: spec.label,
    header: mapping.fields[spec.field]?.header ?? null,
    required: spec.required,
  }));
}
