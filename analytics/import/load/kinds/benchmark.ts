/**
 * Discretion benchmarks (行政裁量权基准) → `benchmark_rule`. The range text is parsed into closed
 * bounds in 元 or multiples of a base (违法所得 / 货值金额), with a fixed fallback when the text gives one
 * for cases without that base. Rule ids are `<batch>-<row>`: unique and traceable to the source row.
 *
 * Published benchmark tables merge the 违法行为 / 依据 cells vertically over a violation's tiers; a
 * merged cell arrives as a value in its first row and blanks below. So a row that has a range but
 * no 违法行为 takes the violation columns of the row above (fill-down), as a reader of the printed
 * table would.
 */
import { parseRange } from '../../values/range.ts';
import { normalizeTier } from '../../values/tier.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import type { RowInput } from '../row-input.ts';
import { date } from './shared.ts';

const COLUMNS = [
  ['rule_id', 'text'], ['violation_code', 'text'], ['violation_name', 'text'], ['legal_basis', 'text'], ['basis', 'text'],
  ['tier', 'text'], ['tier_rank', 'int'], ['tier_raw', 'text'], ['condition', 'text'], ['fine_min_yuan', 'money'],
  ['fine_max_yuan', 'money'], ['multiple_min', 'double'], ['multiple_max', 'double'], ['base_kind', 'text'],
  ['fallback_min_yuan', 'money'], ['fallback_max_yuan', 'money'], ['effective_from', 'date'], ['effective_to', 'date'],
  ['authority', 'text'], ['sector', 'text'], ['source_text', 'text'], ['source_row', 'int'],
] as const;

/** The benchmark converter. */
export const benchmarkLoader: KindLoaderFactory = async (ctx) => {
  // Validity dates may lie in the future (a rule announced ahead of its start).
  const future = { ...ctx, today: '2100-12-31' };
  const carried: Partial<Record<string, unknown>> = {};
  return {
  tables: [{ table: 'benchmark_rule', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
  convert(input, emit) {
    fillDown(input, carried);
    const name = input.required('violation_name', '违法行为');
    const rangeText = input.required('range_text', '处罚裁量标准');
    const parsed = rangeText === null ? null : parseRange(rangeText);
    if (parsed && !parsed.ok) input.reject('range_text', parsed.reason);
    const from = date(input, 'effective_from', '生效日期', future, false);
    const to = date(input, 'effective_to', '失效日期', future, false);
    if (from && to && to < from) input.reject('effective_to', '失效日期早于生效日期');
    if (input.rejected || !parsed || !parsed.ok || !parsed.value) return;
    const tierText = input.text('tier');
    const tier = normalizeTier(tierText);
    if (tierText && !tier) ctx.notes.add(`违法程度「${tierText}」无法归入标准阶次，已保留原文`);
    const v = parsed.value;
    const fixed = v.kind === 'fixed' ? v : v.kind === 'none' ? { minYuan: 0, maxYuan: 0 } : null;
    const multiple = v.kind === 'multiple' ? v : null;
    const fallback = 'fallback' in parsed ? parsed.fallback ?? null : null;
    emit(0, [
      `${ctx.batchId}-${input.row}`, input.text('violation_code'), name, input.text('legal_basis'), input.text('basis'),
      tier?.tier ?? null, tier?.rank ?? null, tierText, input.text('condition'), fixed?.minYuan ?? null, fixed?.maxYuan ?? null,
      multiple?.min ?? null, multiple?.max ?? null, multiple ? (multiple.base ?? '违法所得') : null,
      fallback?.minYuan ?? null, fallback?.maxYuan ?? null, from, to, input.text('authority'), input.text('sector'),
      rangeText, input.row,
    ]);
  },
  };
};

/** Columns a merged violation cell spans. */
const FILL_DOWN = ['violation_name', 'violation_code', 'legal_basis', 'basis', 'sector', 'authority', 'effective_from', 'effective_to'];

/** Fill-down of merged violation cells (see the module comment); remembers the last full row. */
function fillDown(input: RowInput, carried: Partial<Record<string, unknown>>): void {
  if (input.text('violation_name') !== null) {
    for (const f of FILL_DOWN) carried[f] = input.raw(f);
    return;
  }
  if (input.text('range_text') === null || carried.violation_name === undefined) return;
  for (const f of FILL_DOWN) if (input.text(f) === null) input.override(f, carried[f] ?? null);
}
