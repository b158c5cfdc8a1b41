/**
 * 二、行政处罚情况: the volume and money (restated in 万元), the fine distribution, where the cases
 * come from (categories, divisions, agencies), and what needs attention (the warn findings).
 */
import type { ReportData } from '../data/types.ts';
import { change, changeCell, int, paragraph, pct, wan } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, sub, table, type Block, type Section } from './model.ts';

/** The penalties section. */
export function penaltiesSection(d: ReportData): Section {
  const p = d.penalties;
  const heading = T.sections.penalties;
  if (!p) return { heading, blocks: [para(unavailable(d, 'penalties', '行政处罚'))] };
  if (p.summary.cases === 0) return { heading, blocks: [para(T.noData('行政处罚'))] };
  const place = d.scope.place;
  const s = p.summary;
  const blocks: Block[] = [sub('处罚规模与金额分布')];
  blocks.push(
    para(
      paragraph(
        `${d.filter.year}年，${place}共作出行政处罚决定${int(s.cases)}件${p.yoy ? `，较上年${change(p.yoy.cases_change)}` : ''}，其中适用简易程序${int(s.simple_procedure_cases)}件`,
        `罚没金额合计${wan(s.penalty_total_yuan)}万元${p.yoy ? `，较上年${change(p.yoy.penalty_total_change)}` : ''}，其中罚款${wan(s.fine_total_yuan)}万元`,
        ...texts(d, p.findings, { ids: ['penalties.fine_distribution', 'penalties.top1pct'] }),
      ),
    ),
  );
  blocks.push(figure('fine_histogram', C.fine_histogram));
  blocks.push(sub('处罚种类与分布'));
  const heaviest = p.by_heaviest_category.filter((r) => r.cases > 0).sort((a, b) => b.cases - a.cases);
  blocks.push(para(paragraph(...texts(d, p.findings, { ids: ['penalties.top_category', 'penalties.top_agency'] }), divisionSentence(d))));
  blocks.push(
    table(
      `${place}行政处罚种类构成（按最重处罚种类）`,
      [{ header: '处罚种类', width: 2 }, { header: T.cols.cases, align: 'right' }, { header: T.cols.share, align: 'right' }, { header: T.cols.fineWan, align: 'right' }],
      heaviest.map((r) => [r.category ?? '未登记种类', int(r.cases), pct(r.share), wan(r.fine_total_yuan)]),
    ),
  );
  blocks.push(figure('category_mix', C.category_mix));
  const divisions = p.by_division.filter((r) => r.cases > 0);
  if (divisions.length > 1) {
    const prior = new Map((p.yoy?.by_division ?? []).map((r) => [r.division, r.cases_change]));
    blocks.push(
      table(
        `各区县行政处罚情况`,
        [{ header: T.cols.division, width: 1.6 }, { header: T.cols.cases, align: 'right' }, { header: T.cols.change, align: 'right' }, { header: T.cols.fineWan, align: 'right' }, { header: T.cols.fineMedian, align: 'right' }],
        divisions.map((r) => [r.division ?? '未定位', int(r.cases), changeCell(prior.get(r.division)), wan(r.fine_total_yuan), r.fine_median_yuan === null ? '—' : int(r.fine_median_yuan)]),
      ),
    );
  }
  if (p.by_agency.length > 1) blocks.push(figure('agency_cases', C.agency_cases));
  blocks.push(sub('需要关注的情况'));
  const warns = texts(d, p.findings, { level: 'warn' });
  const december = texts(d, p.findings, { ids: ['penalties.december_share'] });
  blocks.push(para(warns.length ? paragraph(...warns, ...december) : paragraph('未发现简易程序超限额、年底集中处罚等明显异常', ...december)));
  return { heading, blocks };
}

/** Which division decided most, when the report covers more than one. */
function divisionSentence(d: ReportData): string | null {
  const rows = (d.penalties?.by_division ?? []).filter((r) => r.division !== null && r.cases > 0);
  if (rows.length < 2) return null;
  const total = rows.reduce((n, r) => n + r.cases, 0);
  const [a, b] = [...rows].sort((x, y) => y.cases - x.cases);
  return `从区域看，${a.division}处罚案件最多（${int(a.cases)}件，占${pct(a.cases / total)}），${b.division}次之（${int(b.cases)}件）`;
}
