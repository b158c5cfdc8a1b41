/**
 * Survey responses (执法满意度调查, one row per respondent) → `survey_response` + one `survey_answer`
 * per item column. Answers keep their label; the score comes from the workspace's label map
 * (setting `survey_label_map`: a preset name or a {label: score} object). Blank answers stay blank
 * (score NULL). Documented rule: an answer the map cannot read rejects the whole response (the
 * reject names the item and the label), so no respondent is half-counted.
 */
import { SURVEY_LABEL_PRESETS, mapSurveyLabel, type SurveyLabelMap } from '../../values/survey-label.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { date, DuplicateKeys, placeDivision } from './shared.ts';
import { normalizeRespondent } from './respondent.ts';

const RESPONSE_COLUMNS = [
  ['response_id', 'text'], ['respondent_type', 'text'], ['agency', 'text'], ['division', 'text'], ['answered_on', 'date'],
  ['comment', 'text'], ['source_row', 'int'],
] as const;
const ANSWER_COLUMNS = [['response_id', 'text'], ['item_code', 'text'], ['label', 'text'], ['score', 'double']] as const;

/** What survey platforms (问卷星) write into a question left unanswered or skipped. */
const PLATFORM_BLANK = /^[(（](空|跳过)[)）]$/;

/** The label map a workspace setting names. */
export function labelMap(setting: unknown): SurveyLabelMap {
  if (setting && typeof setting === 'object') return setting as SurveyLabelMap;
  const presets = SURVEY_LABEL_PRESETS as Record<string, SurveyLabelMap>;
  return presets[String(setting)] ?? SURVEY_LABEL_PRESETS.default;
}

/** The survey response converter. */
export const surveyLoader: KindLoaderFactory = async (ctx) => {
  const dups = await DuplicateKeys.load(ctx.conn, 'survey_response', ['response_id'], ctx.replacedBatchIds);
  const map = labelMap(ctx.settings.survey_label_map);
  const items = ctx.mapping.itemColumns.map((c, i) => ({ index: c.index, code: c.code ?? `T${i + 1}`, header: ctx.mapping.columns.find((h) => h.index === c.index)?.label ?? c.text }));
  if (ctx.mapping.itemColumns.some((c) => !c.code)) ctx.notes.add('部分题目列没有题号，已按列顺序编为 T1、T2……');
  const answers: (string | number | null)[][] = [];
  return {
    tables: [
      { table: 'survey_response', columns: RESPONSE_COLUMNS.map(([name, type]) => ({ name, type })) },
      { table: 'survey_answer', columns: ANSWER_COLUMNS.map(([name, type]) => ({ name, type })) },
    ],
    convert(input, emit) {
      const id = input.text('response_id') ?? `${ctx.fileName}#${input.row}`;
      const on = date(input, 'answered_on', '填报日期', ctx, false);
      answers.length = 0;
      for (const item of items) {
        const raw = input.cells[item.index] ?? null;
        const r = mapSurveyLabel(raw, map);
        if (!r.ok) {
          input.reject(null, `${item.code}「${item.header}」${r.reason}`, raw);
          continue;
        }
        if (r.score !== null || (raw !== null && raw !== '')) answers.push([id, item.code, raw === null ? null : String(raw).trim(), r.score]);
      }
      const dup = dups.check([id], input.row);
      if (dup) input.reject('response_id', dup);
      if (input.rejected) return;
      const agency = input.text('agency');
      const placed = placeDivision(ctx.divisions, { column: input.text('division'), agency });
      const comment = input.text('comment');
      emit(0, [id, normalizeRespondent(input.text('respondent_type')), agency, placed.division, on, comment && PLATFORM_BLANK.test(comment) ? null : comment, input.row]);
      for (const a of answers) emit(1, a);
    },
  };
};
