/**
 * Survey items (题号 / 维度 / 题目 / 权重) → `survey_item`. Codes normalized (`1`, `第1题` → `Q1`);
 * weight defaults to 1. The overall item (总体评价) is flagged `is_overall`: the survey analysis uses
 * it for 满意率 and importance, and its weight decides whether it also enters the index.
 */
import { normalizeItemCode } from '../../headers/survey-items.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { DuplicateKeys } from './shared.ts';

const COLUMNS = [['item_code', 'text'], ['dimension', 'text'], ['text', 'text'], ['weight', 'double'], ['is_overall', 'bool']] as const;
const OVERALL = /总体|整体|综合评价|总的来说|总体而言/;

/** The survey item converter. */
export const surveyItemLoader: KindLoaderFactory = async (ctx) => {
  const dups = await DuplicateKeys.load(ctx.conn, 'survey_item', ['item_code'], ctx.replacedBatchIds);
  return {
    tables: [{ table: 'survey_item', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    convert(input, emit) {
      const rawCode = input.required('item_code', '题号');
      const dimension = input.required('dimension', '维度');
      const code = rawCode === null ? null : normalizeItemCode(rawCode) ?? rawCode;
      const weightText = input.text('weight');
      const weight = weightText === null ? 1 : Number(weightText.replace(/%$/, ''));
      if (!Number.isFinite(weight) || weight < 0) input.reject('weight', '权重应为非负数');
      if (code) {
        const dup = dups.check([code], input.row);
        if (dup) input.reject('item_code', dup);
      }
      if (input.rejected) return;
      const text = input.text('text');
      const overall = OVERALL.test(dimension ?? '') || (OVERALL.test(text ?? '') && /满意/.test(text ?? ''));
      emit(0, [code, dimension, text, weight, overall]);
    },
  };
};
