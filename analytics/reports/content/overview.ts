/**
 * 一、总体情况: the year in a few sentences (cases and money with the change on the prior year,
 * tickets, inspections, reviews, survey), the benchmark and reconciliation headline, the data
 * sources, a table of the main indicators and the monthly trend.
 */
import type { ReportData } from '../data/types.ts';
import { change, int, paragraph, pct, score, wan } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { figure, para, table, type Section } from './model.ts';
import { indicatorRows } from './overview-table.ts';

/** The overview section. */
export function overviewSection(d: ReportData): Section {
  const { penalties: p, hotspots: h, quality: q, survey: s, deviation: dv, reconcile: r } = d;
  const y = d.filter.year;
  const place = d.scope.place;
  const first = [
    p &&
      `${y}年，${place}共作出行政处罚${int(p.summary.cases)}件${p.yoy ? `，较上年${change(p.yoy.cases_change)}` : ''}；` +
        `罚没金额合计${wan(p.summary.penalty_total_yuan)}万元，其中罚款${wan(p.summary.fine_total_yuan)}万元、没收违法所得及非法财物${wan(p.summary.confiscation_total_yuan)}万元`,
    h && `受理投诉举报类工单${int(h.summary.tickets)}件${h.summary.tickets_change !== null ? `，较上年${change(h.summary.tickets_change)}` : ''}，办结率${pct(h.summary.closed_rate)}`,
    q && q.mode_share.inspections > 0 && `开展行政检查${int(q.mode_share.inspections)}次，其中“双随机”和“综合查一次”占${pct(q.mode_share.random_or_joint_share)}`,
    q && q.review_summary.reviews > 0 && `评查行政执法案卷${int(q.review_summary.reviews)}件，平均${score(q.review_summary.mean_score)}分`,
    s && s.overall.responses > 0 && `执法满意度社会调查回收有效问卷${int(s.overall.responses)}份，满意度指数${score(s.overall.index)}`,
  ];
  const second = [
    dv && dv.summary.assessed > 0 &&
      `对照行政裁量权基准，可评估案件${int(dv.summary.assessed)}件，罚款高于基准${int(dv.summary.above)}件、低于基准${int(dv.summary.below)}件，偏离率${pct(dv.summary.deviation_rate)}`,
    r && `统计年报核对共比对${int(r.checked)}项指标，发现不一致${int(r.mismatches.length)}项`,
  ];
  const rows = d.batches.reduce((n, b) => n + b.rows_imported, 0);
  const latest = d.batches.map((b) => b.imported_at).sort().at(-1);
  const sources =
    d.batches.length > 0
      ? `本报告数据来源于${d.batches.length}批导入数据文件，共${int(rows)}条记录${latest ? `，最近一次导入时间为${latest.slice(0, 10)}` : ''}；各批次文件名称、校验值和行数详见配套数据表“数据来源”工作表`
      : null;
  const blocks = [para(joinFirst(first)), para(paragraph(...second, sources))];
  blocks.push(table(`${place}${y}年度行政执法主要指标`, indicatorColumns(y), indicatorRows(d)));
  if (p && p.summary.cases > 0) blocks.push(figure('monthly_trend', C.monthly_trend(y)));
  return { heading: T.sections.overview, blocks: blocks.filter((b) => b.kind !== 'paragraph' || b.text) };
}

/** The first sentences share one subject, so they join with semicolons into one sentence. */
function joinFirst(parts: (string | null | false | undefined)[]): string {
  const ok = parts.filter((x): x is string => Boolean(x));
  return ok.length ? paragraph(ok.join('；')) : '';
}

function indicatorColumns(y: number) {
  return [
    { header: T.cols.indicator, align: 'left' as const, width: 2.2 },
    { header: `${y}年`, align: 'right' as const },
    { header: `${y - 1}年`, align: 'right' as const },
    { header: T.cols.change, align: 'right' as const, width: 1.4 },
  ];
}
