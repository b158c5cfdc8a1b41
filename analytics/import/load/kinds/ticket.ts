/**
 * 12345 / 12348 work orders → `hotline_ticket`. Appeal types and satisfaction normalized (raw kept);
 * the category is the most specific of 一级…五级分类; division from the column, else the address, else
 * the street, else the content text — unplaced tickets are counted in the report.
 */
import { normalizeAppealType, normalizeResolved, normalizeSatisfaction } from '../../values/appeal.ts';
import { addDueSpan, parseDueSpan } from '../../values/due-span.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { contextTexts, keyText, placeDivision, timestamp } from './shared.ts';

const COLUMNS = [
  ['ticket_no', 'text'], ['line', 'text'], ['received_at', 'timestamp'], ['source', 'text'], ['appeal_type', 'text'],
  ['appeal_type_raw', 'text'], ['category', 'text'], ['category_path', 'text[]'], ['content', 'text'], ['address', 'text'],
  ['division', 'text'], ['division_source', 'text'], ['street', 'text'], ['handling_unit', 'text'], ['reply', 'text'],
  ['due_at', 'timestamp'], ['closed_at', 'timestamp'], ['resolved', 'bool'], ['satisfaction', 'text'],
  ['satisfaction_raw', 'text'], ['source_row', 'int'],
] as const;

/**
 * The hotline a sheet comes from when neither a header prefix nor a 热线 column says so: the title
 * above the table (`连云港市12348公共法律服务热线来电登记表`), else the sheet name, else the file name.
 * The service names count as well as the numbers. A number inside a longer digit run is no hotline:
 * exported file names carry the export time (`工单导出_20250312_123456.xlsx`).
 */
export function lineFromContext(texts: readonly string[]): string | null {
  for (const t of texts) {
    const m = /(?<!\d)(?:12345|12348)(?!\d)|政务服务便民热线|公共法律服务热线/.exec(t);
    if (m) return m[0] === '政务服务便民热线' ? '12345' : m[0] === '公共法律服务热线' ? '12348' : m[0];
  }
  return null;
}

/**
 * Whether 办结时间 lies before 受理时间. A 办结时间 at midnight is a date without a time of day (the
 * analyses read it so too, hotspots/scope.ts): on the receiving day it is not earlier, only an earlier day is.
 */
function closedBefore(closed: string, received: string): boolean {
  if (closed >= received) return false;
  return !(closed.endsWith(' 00:00:00') && closed.slice(0, 10) === received.slice(0, 10));
}

const LEVELS = ['category_1', 'category_2', 'category_3', 'category_4', 'category_5'];

/** The ticket converter. */
export const ticketLoader: KindLoaderFactory = async (ctx) => {
  const prefixed = ctx.mapping.columns.find((c) => c.hotlinePrefix)?.hotlinePrefix
    ?? lineFromContext(contextTexts(ctx));
  let unplaced = 0;
  return {
    tables: [{ table: 'hotline_ticket', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    dedupe: { key: ['ticket_no'], column: ctx.mapping.fields.ticket_no?.header ?? null },
    convert(input, emit) {
      const no = keyText(input, 'ticket_no', '工单编号', true);
      const received = timestamp(input, 'received_at', '受理时间', ctx, true);
      // 办理时限 is a deadline in some exports and a number of days (`5个工作日`) in others.
      const span = parseDueSpan(input.raw('due_at'));
      const due = span ? (received ? addDueSpan(received, span) : null) : timestamp(input, 'due_at', '办理时限', ctx, false, true);
      const closed = timestamp(input, 'closed_at', '办结时间', ctx, false);
      if (received && closed && closedBefore(closed, received)) input.reject('closed_at', '办结时间早于受理时间');
      if (input.rejected) return;
      const lineText = input.text('line');
      const line = lineText?.includes('12348') ? '12348' : lineText?.includes('12345') ? '12345' : (lineText ?? prefixed);
      const path = LEVELS.map((f) => input.text(f)).filter((x): x is string => x !== null);
      const category = path.length ? path[path.length - 1] : input.text('category');
      const rawType = input.text('appeal_type');
      const rawSat = input.text('satisfaction');
      const address = input.text('address');
      const street = input.text('street');
      const content = input.text('content');
      const placed = placeDivision(ctx.divisions, { column: input.text('division'), address, street, text: content });
      if (!placed.division) unplaced++;
      emit(0, [
        no, line, received, input.text('source'), rawType === null ? null : normalizeAppealType(rawType), rawType, category,
        path.length ? path : category ? [category] : null, content, address, placed.division, placed.source, street,
        input.text('handling_unit'), input.text('reply'), due, closed,
        normalizeResolved(input.text('resolved')), normalizeSatisfaction(rawSat), rawSat, input.row,
      ]);
    },
    async finish() {
      if (unplaced) ctx.notes.add(`${unplaced} 张工单无法确定所属区县（计为“未定位”）`);
    },
  };
};
