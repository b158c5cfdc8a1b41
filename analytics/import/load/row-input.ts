/**
 * One data row as a kind converter sees it: mapped fields by canonical name, with the header label
 * and unit of each, and a place to record why the row (or a cell of it) is rejected.
 */
import { FORMULA_WITHOUT_RESULT, type Cell } from '../types.ts';
import { cleanCell } from '../values/text.ts';

/** A rejected cell, as stored in `import_reject`. */
export interface RejectEntry {
  sheet: string | null;
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/** Field → column binding the converters need (a subset of the header layer's mapping). */
export interface FieldColumn {
  index: number;
  header: string;
  unit: string | null;
}

/** Cap on a rejected value's stored text: the reject list shows it, it need not hold 5 MB. */
const MAX_REJECT_VALUE = 500;

/**
 * Excel's error values. A cell showing one holds no value: the formula behind it failed (a VLOOKUP
 * that found nothing, a division by zero), so its row is rejected rather than read as blank or as text.
 */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  '#N/A', '#REF!', '#NAME?', '#DIV/0!', '#VALUE!', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!', '#BLOCKED!',
]);

function showValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = v instanceof Date ? v.toISOString().slice(0, 19).replace('T', ' ') : String(v);
  return s.length > MAX_REJECT_VALUE ? s.slice(0, MAX_REJECT_VALUE) + '…' : s;
}

/** Accessor over one row; reused across rows to avoid allocation. */
export class RowInput {
  row = 0;
  cells: Cell[] = [];
  rejected = false;
  // The reader's array: copied before an override so the reader's data is never changed.
  private original: Cell[] = [];
  // Mapped fields as parallel arrays: rejectErrorCells runs on every row, and a for-in over the
  // field record cost ~0.7 s of a 1 M-row import.
  private readonly names: string[];
  private readonly indexes: number[];

  constructor(
    private readonly fields: Readonly<Record<string, FieldColumn>>,
    private readonly sheet: string | null,
    private readonly rejects: RejectEntry[],
  ) {
    this.names = Object.keys(fields);
    this.indexes = this.names.map((n) => fields[n].index);
  }

  /** Points the accessor at a new row. */
  reset(row: number, cells: Cell[]): void {
    this.row = row;
    this.cells = cells;
    this.original = cells;
    this.rejected = false;
  }

  /** Rejects the row when a mapped cell holds an Excel error value; true when it did. */
  rejectErrorCells(): boolean {
    const cells = this.cells;
    const indexes = this.indexes;
    for (let i = 0; i < indexes.length; i++) {
      const v = cells[indexes[i]];
      // '#' first: the set lookup runs only on the rare cells that could be an error value.
      if (typeof v === 'string' && v.charCodeAt(0) === 35 && v.length <= 14) {
        if (v === FORMULA_WITHOUT_RESULT) {
          this.reject(this.names[i], '单元格是公式，但文件没有保存公式的计算结果（生成该文件的程序未计算公式），请用 Excel 或 WPS 打开、保存后再导入', null);
          return true;
        }
        if (EXCEL_ERRORS.has(v.trim().toUpperCase())) {
          this.reject(this.names[i], `单元格为 Excel 错误值 ${v.trim()}（公式出错，没有数值），请在原表中修正`);
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Rejects the row when a mapped cell holds text the reader could not decode (U+FFFD: bytes of
   * another encoding inside the file); true when it did. Called only for rows the reader marked.
   */
  rejectGarbledCells(): boolean {
    const cells = this.cells;
    for (let i = 0; i < this.indexes.length; i++) {
      const v = cells[this.indexes[i]];
      if (typeof v === 'string' && v.indexOf('\uFFFD') >= 0) {
        this.reject(this.names[i], '含无法解码的字节（显示为“�”）：文件中混有其他编码（如 UTF-8 文件里粘贴了 GBK 内容），请用同一种编码重新导出');
        return true;
      }
    }
    return false;
  }

  /** Replaces a field's cell in the current row (fill-down of merged cells); a no-op for unmapped fields. */
  override(field: string, value: unknown): void {
    const f = this.fields[field];
    if (!f) return;
    if (this.cells === this.original) this.cells = this.cells.slice();
    this.cells[f.index] = value as Cell;
  }

  /** Whether the file has a column for the field. */
  has(field: string): boolean {
    return field in this.fields;
  }

  /** The raw cell of a field (null when unmapped or empty). */
  raw(field: string): Cell {
    const f = this.fields[field];
    return f ? (this.cells[f.index] ?? null) : null;
  }

  /** The cell as trimmed text, null when blank or unmapped. */
  text(field: string): string | null {
    return cleanCell(this.raw(field));
  }

  /** The header label of a field's column (for reject messages), or the field name. */
  header(field: string): string {
    return this.fields[field]?.header ?? field;
  }

  /** The unit stated in the field's header. */
  unit(field: string): string | null {
    return this.fields[field]?.unit ?? null;
  }

  /** Records a rejected cell and marks the row rejected. */
  reject(field: string | null, reason: string, value: unknown = field ? this.raw(field) : null): void {
    this.rejected = true;
    this.rejects.push({ sheet: this.sheet, row: this.row, column: field ? this.header(field) : null, value: showValue(value), reason });
  }

  /** A required text field: its value, or a reject (`缺少必填项：…`) and null. */
  required(field: string, label: string): string | null {
    const v = this.text(field);
    if (v === null) this.reject(this.has(field) ? field : null, `缺少必填项：${label}`);
    return v;
  }
}
