/**
 * 七、年报数据核对: the annual statistics each agency reported against what its case data gives;
 * the mismatches with both numbers (money in 万元), suspected 元/万元 mix-ups and agencies that
 * reported nothing.
 */
import type { ReportData } from '../data/types.ts';
import { fixed, int, paragraph, wan } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import type { MismatchRow } from '../data/reconcile-view.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, table, type Block, type Section } from './model.ts';

/** Findings the prose restates itself or the table lists. */
const RESTATED = ['reconcile.summary', 'reconcile.mismatch'];

/** The reconciliation section. */
export function reconcileSection(d: ReportData): Section {
  const r = d.reconcile;
  const heading = T.sections.reconcile;
  if (!r) return { heading, blocks: [para(unavailable(d, 'reconcile', '统计年报核对'))] };
  if (r.checked === 0) return { heading, blocks: [para(T.noData('行政执法统计年报'))] };
  const agencies = new Set(r.mismatches.map((m) => m.agency)).size;
  const unitErrors = r.mismatches.filter((m) => m.unitError);
  const blocks: Block[] = [
    para(
      paragraph(
        `将${int(r.agencies)}个执法机关报送的${d.filter.year}年度行政执法统计年报与案件明细数据逐项比对，共核对${int(r.checked)}项指标，` +
          (r.mismatches.length ? `发现${agencies}个执法机关${int(r.mismatches.length)}项数据不一致（差异超过1件且超过1%）` : '未发现不一致的数据'),
        unitErrors.length
          ? `其中${unitErrors.map((m) => `${m.agency}“${m.label.replace(/^.*：/, '')}”`).join('、')}报送值约为案件数据的1万倍，疑似将“元”“万元”混用`
          : null,
        r.missingReports.length ? `另有${r.missingReports.length}个执法机关有执法数据但未报送统计年报（${r.missingReports.slice(0, 5).join('、')}${r.missingReports.length > 5 ? '等' : ''}）` : null,
        ...texts(d, r.findings, { exclude: RESTATED }),
      ),
    ),
  ];
  if (r.mismatches.length) {
    const rows = [...r.mismatches].sort((a, b) => rel(b) - rel(a)).slice(0, 15);
    blocks.push(
      table(
        '统计年报与案件数据不一致项',
        [{ header: T.cols.agency, width: 1.9 }, { header: T.cols.indicator, width: 1.3 }, { header: T.cols.reported, align: 'right', width: 1.6 }, { header: T.cols.computed, align: 'right', width: 1.2 }, { header: T.cols.difference, align: 'right', width: 1.6 }],
        rows.map((m) => [m.agency, m.label.replace(/^行政处罚：/, '处罚').replace(/^行政检查：/, '检查'), value(m, m.reported), value(m, m.computed), value(m, m.difference, true)]),
        r.mismatches.length > rows.length ? `注：按相对差异列前${rows.length}项，全部${r.mismatches.length}项见配套数据表。金额单位为万元。` : '注：金额单位为万元。',
      ),
    );
    if (r.mismatches.length > 1) blocks.push(figure('reconcile_mismatch', C.reconcile_mismatch));
  }
  return { heading, blocks };
}

function rel(m: MismatchRow): number {
  return Math.abs(m.difference) / Math.max(1, Math.abs(m.computed));
}

/** Money indicators in 万元, counts as integers. */
function value(m: MismatchRow, v: number, signed = false): string {
  const text = m.unit === '元' ? wan(Math.abs(v)) : Number.isInteger(v) ? int(Math.abs(v)) : fixed(Math.abs(v), 2);
  return (v < 0 ? '−' : signed && v > 0 ? '+' : '') + text;
}
