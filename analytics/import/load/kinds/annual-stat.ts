/**
 * Annual enforcement statistics (行政执法统计年报) → `annual_stat`, one row per agency × indicator.
 * Money indicators are converted to 元 from the unit their header (or the 单位 line) states, so the
 * reconciliation compares like with like; counts are kept as numbers with unit 件/次. The year comes
 * from a 年度 column, else from the title above the table (`2025年度`), else the sheet name, else the file name.
 */
import { annualIndicator } from '../../headers/annual-indicators.ts';
import { parseMoney, type MoneyUnit } from '../../values/money.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { DuplicateKeys, yearFromContext } from './shared.ts';

const COLUMNS = [
  ['year', 'int'], ['agency', 'text'], ['indicator', 'text'], ['value', 'double'], ['unit', 'text'], ['value_raw', 'text'],
  ['source_row', 'int'],
] as const;

const MONEY_UNITS = new Set(['元', '千元', '万元', '百万元', '亿元']);
/** Columns that label a row rather than report a figure. */
const ROW_LABEL_COLUMNS = /^(序号|编号|行次|栏次|备注|说明|填报人|联系电话)$/;

/** The annual statistics converter. */
export const annualStatLoader: KindLoaderFactory = async (ctx) => {
  const dups = await DuplicateKeys.load(ctx.conn, 'annual_stat', ['year', 'agency', 'indicator'], ctx.replacedBatchIds);
  const titleYear = yearFromContext(ctx);
  const indicators = ctx.mapping.indicatorColumns.map((c) => {
    const def = annualIndicator(c.indicator);
    const header = ctx.mapping.columns.find((h) => h.index === c.index)?.label ?? c.indicator;
    const unit = c.unit && MONEY_UNITS.has(c.unit) ? (c.unit as MoneyUnit) : def?.money ? (ctx.layout.preambleUnit as MoneyUnit | null) : null;
    if (def?.money && !unit) ctx.notes.add(`「${header}」未注明金额单位，按元处理`);
    return { ...c, header, money: def?.money ?? false, unit };
  });
  // Extended local forms carry columns with no indicator code (不予处罚, 减轻处罚, 持证率): say they
  // were left out rather than drop figures the agency reported without a word.
  const skipped = ctx.mapping.unmapped.map((u) => u.header).filter((h) => !ROW_LABEL_COLUMNS.test(h));
  if (skipped.length > 0) ctx.notes.add(`以下列没有对应的统计指标，未导入：${skipped.join('、')}`);
  return {
    tables: [{ table: 'annual_stat', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    convert(input, emit) {
      const agency = input.required('agency', '填报单位');
      const yearText = input.text('year') ?? titleYear;
      const year = yearText === null ? null : Number(String(yearText).replace(/年度?$/, ''));
      if (yearText === null) input.reject(null, '无法确定统计年度（请增加“年度”列或在标题中注明）');
      else if (!Number.isInteger(year) || (year as number) < 2000 || (year as number) > Number(ctx.today.slice(0, 4))) input.reject('year', '年度应为 2000 年至今的年份');
      const out: (string | number | null)[][] = [];
      for (const c of indicators) {
        const raw = input.cells[c.index] ?? null;
        if (raw === null || raw === '') continue;
        if (c.money) {
          const m = parseMoney(raw, c.unit);
          if (!m.ok) input.reject(null, `「${c.header}」${m.reason}`, raw);
          else if (m.yuan !== null) out.push([year, agency, c.indicator, m.yuan, '元', String(raw), input.row]);
          continue;
        }
        const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[,，\s]/g, '').replace(/[件次个]$/, ''));
        if (!Number.isFinite(n) || n < 0) input.reject(null, `「${c.header}」应为非负数`, raw);
        else out.push([year, agency, c.indicator, n, annualIndicator(c.indicator)?.defaultUnit ?? null, String(raw), input.row]);
      }
      if (agency && year !== null) {
        for (const o of out) {
          const dup = dups.check([String(year), agency, o[2] as string], input.row);
          if (dup) {
            input.reject(null, `${dup}（${agency} ${year} 年「${o[2]}」）`);
            break;
          }
        }
      }
      if (input.rejected) return;
      for (const o of out) emit(0, o);
    },
  };
};
