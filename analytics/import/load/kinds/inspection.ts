/**
 * Inspections (行政检查) → `inspection`. Mode normalized to 双随机 / 专项 / 综合查一次 / 投诉核查 / 其他
 * (raw kept); division from the column, else the agency, else the target's credit code.
 */
import { normalizeBool } from '../../values/appeal.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { LostDigitCodes, date, keyText, placeDivision } from './shared.ts';

const COLUMNS = [
  ['inspection_id', 'text'], ['agency', 'text'], ['target_name', 'text'], ['target_credit_code', 'text'],
  ['inspected_on', 'date'], ['mode', 'text'], ['mode_raw', 'text'], ['division', 'text'], ['found_problem', 'bool'],
  ['source_row', 'int'],
] as const;

/** 检查方式 → normalized mode. */
export function normalizeMode(raw: string | null): string | null {
  if (!raw) return null;
  if (/双随机/.test(raw)) return '双随机';
  if (/综合查一次|联合|综合检查/.test(raw)) return '综合查一次';
  if (/投诉|举报|核查/.test(raw)) return '投诉核查';
  if (/专项/.test(raw)) return '专项';
  return '其他';
}

/**
 * found_problem from 是否发现问题 / 检查结果 / 检查结论 text. A negated "fine" word (不合格, 不正常,
 * 不符合) is checked before the plain one, which it contains.
 */
export function normalizeFoundProblem(raw: string | null): boolean | null {
  if (!raw) return null;
  const b = normalizeBool(raw);
  if (b !== null) return b;
  if (/不合格|不正常|不符合/.test(raw)) return true;
  if (/未发现|无问题|合格|正常|符合/.test(raw)) return false;
  if (/发现|问题|整改|违法/.test(raw)) return true;
  return null;
}

/** The inspection converter. */
export const inspectionLoader: KindLoaderFactory = async (ctx) => {
  const codes = new LostDigitCodes();
  return {
    tables: [{ table: 'inspection', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    dedupe: { key: ['inspection_id'], column: ctx.mapping.fields.inspection_id?.header ?? null },
    convert(input, emit) {
      const id = keyText(input, 'inspection_id', '检查编号', false);
      const agency = input.required('agency', '执法机关');
      const target = input.required('target_name', '检查对象');
      const on = date(input, 'inspected_on', '检查日期', ctx, true);
      if (input.rejected) return;
      const code = codes.code(input, 'target_credit_code');
      const modeRaw = input.text('mode');
      const placed = placeDivision(ctx.divisions, { column: input.text('division'), agency, creditCode: code });
      emit(0, [id, agency, target, code, on, normalizeMode(modeRaw), modeRaw, placed.division, normalizeFoundProblem(input.text('found_problem')), input.row]);
    },
    async finish() {
      codes.addNotes(ctx.notes);
    },
  };
};
