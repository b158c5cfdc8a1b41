/**
 * Case-file reviews (案卷评查) → `case_review`. Scores must be numbers in 0–100; 案卷类型 normalized
 * to 许可 / 处罚 / 强制 (raw kept when none fits). The year comes from a 年度 column, else the title,
 * the sheet name or the file name.
 */
import { normalizeBool } from '../../values/appeal.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { DuplicateKeys, yearFromContext } from './shared.ts';

const COLUMNS = [
  ['review_id', 'text'], ['year', 'int'], ['agency', 'text'], ['case_no', 'text'], ['case_type', 'text'], ['score', 'double'],
  ['grade', 'text'], ['veto', 'bool'], ['source_row', 'int'],
] as const;

function caseType(raw: string | null): string | null {
  if (!raw) return null;
  if (/许可/.test(raw)) return '许可';
  if (/强制/.test(raw)) return '强制';
  if (/处罚/.test(raw)) return '处罚';
  return raw;
}

/** The review converter. */
export const reviewLoader: KindLoaderFactory = async (ctx) => {
  const dups = await DuplicateKeys.load(ctx.conn, 'case_review', ['review_id'], ctx.replacedBatchIds);
  // Summary sheets state the year once, in the title (`2025年度全市行政执法案卷评查结果`).
  const titleYear = yearFromContext(ctx);
  return {
    tables: [{ table: 'case_review', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    convert(input, emit) {
      const id = input.text('review_id');
      const agency = input.required('agency', '被评查单位');
      const scoreText = input.required('score', '得分');
      const score = scoreText === null ? null : Number(scoreText.replace(/分$/, ''));
      if (scoreText !== null && (!Number.isFinite(score) || (score as number) < 0 || (score as number) > 100)) {
        input.reject('score', '得分应为 0 到 100 之间的数字');
      }
      const yearText = input.text('year') ?? titleYear;
      const year = yearText === null ? null : Number(yearText.replace(/年度?$/, ''));
      if (yearText !== null && (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > Number(ctx.today.slice(0, 4)))) {
        input.reject('year', '年度应为 2000 年至今的年份');
      }
      if (id) {
        const dup = dups.check([id], input.row);
        if (dup) input.reject('review_id', dup);
      }
      if (input.rejected) return;
      const vetoText = input.text('veto');
      const veto = vetoText === null ? null : (normalizeBool(vetoText) ?? !/无|否|没有/.test(vetoText));
      emit(0, [id, year, agency, input.text('case_no'), caseType(input.text('case_type')), score, input.text('grade'), veto, input.row]);
    },
  };
};
