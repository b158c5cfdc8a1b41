/**
 * Row classifiers for the loader and the table finder: blank rows, 合计 rows, note rows under or
 * above the table, title rows, and the 栏次 row (`甲 | 1 | 2 | 3 …`) statistical forms put under
 * their header. None of these rows is data.
 */

import type { Cell } from '../types.ts';
import { filledCells, isEmptyCell } from './cell-text.ts';
import { cleanHeaderText } from './normalize-header.ts';

/** True when every cell is empty (null, '' or whitespace). */
export function isBlankRow(cells: Cell[]): boolean {
  return cells.every(isEmptyCell);
}

// The total word must end the cell: 合计科技有限公司 is data; `合 计`, `全市合计`, `市本级小计`,
// `合计（件）` and `小计：` are totals. A long cell ending in 合计 is text, not a label. Review and
// survey summaries end with a `平均` / `全市平均分` row, which is no more a record than a total.
// The label cell may carry the count itself (`总计：2件`, `合计 28 条`), as system exports write it.
const TOTAL_LABEL = /^[^\d]{0,8}?(总合计|合计|总计|小计|汇总|平均分?|平均值)(\([^)]*\))?:?(\d+(\.\d+)?(件|条|个|宗|起|户|人|次|元|万元)?)?$/;
// How many leading non-empty cells may hold the label (a 序号 column or a blank-looking `/`).
const TOTAL_LOOKAHEAD = 3;

/** True for a 合计 / 总计 / 小计 / 总合计 / 平均 row (spaces inside the label allowed, e.g. `合 计`). */
export function isTotalRow(cells: Cell[]): boolean {
  const first = filledCells(cells).slice(0, TOTAL_LOOKAHEAD);
  return first.some(({ text }) => TOTAL_LABEL.test(cleanHeaderText(text)));
}

// Words that open a note, signature or footer line of a form; system exports (hotline tickets) close
// with 导出时间 / 导出人 / 打印日期.
const NOTE_OPENERS = /^(填表说明|填报说明|说明|注释|注|备注|附注|数据来源|资料来源|制表人|制表|填表人|填报人|审核人|审核|负责人|单位负责人|统计负责人|联系人|联系电话|填报单位|填报日期|填表日期|报送日期|制表日期|导出时间|导出日期|导出人|打印时间|打印日期|打印人)\d*[:：]/;
const NOTE_NUMBERED = /^注\s*\d+[.、:：]/;
// The record count a system export prints under its rows: `共 28 条记录`, `共28件`.
const RECORD_COUNT = /^共\d+(条|件|个)(记录|数据|工单)?$/;
const MAX_NOTE_CELLS = 4;

/**
 * True for a note line (`填表说明：…`, `注：…`, `制表人：张三  联系电话：…`): a few cells, the first
 * opening with a note word and a colon, or a lone record count (`共 28 条记录`). Used for trailing notes
 * under the data and preamble lines.
 */
export function isNoteRow(cells: Cell[]): boolean {
  const filled = filledCells(cells);
  if (filled.length === 0 || filled.length > MAX_NOTE_CELLS) return false;
  const first = filled[0].text.replace(/[\s\u3000]/g, '');
  return NOTE_OPENERS.test(first) || NOTE_NUMBERED.test(first) || (filled.length === 1 && RECORD_COUNT.test(first));
}

/**
 * True for a title row: one non-empty cell (merged titles arrive as one cell), or the same text
 * repeated (readers that copy a merged value into every cell), or only `key：value` cells
 * (`填报单位：XX局 | 填报日期：2025-01-10`).
 */
export function isTitleRow(cells: Cell[]): boolean {
  const filled = filledCells(cells);
  if (filled.length === 0) return false;
  if (new Set(filled.map((f) => f.text)).size === 1) return true;
  return filled.every((f) => typeof f.cell === 'string' && /^[^:：]{1,12}[:：]/.test(f.text));
}

/** True for a 栏次 row under a statistical header: `1 2 3 …` (optionally led by 甲 乙 丙), no other text. */
export function isColumnNumberRow(cells: Cell[]): boolean {
  const filled = filledCells(cells);
  const numbers = filled.filter((f) => !/^[甲乙丙丁]$/.test(f.text) && !/^栏次$/.test(f.text));
  if (numbers.length < 3) return false;
  return numbers.every((f, i) => Number(f.text) === Number(numbers[0].text) + i);
}
