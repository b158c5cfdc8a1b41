/**
 * 四、裁量基准执行情况: how the cases compare with the discretion benchmarks, which agencies deviate
 * most, and the 同案不同罚 groups.
 */
import { STATUSES, STATUS_LABELS } from '../../analyses/deviation/types.ts';
import type { ReportData } from '../data/types.ts';
import { fixed, int, paragraph, pct, pointChange } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, sub, table, type Block, type Section } from './model.ts';

/** Agencies with fewer assessed cases are not ranked: a rate over a handful of cases says little. */
const MIN_ASSESSED = 20;

/** The deviation section. */
export function deviationSection(d: ReportData): Section {
  const dv = d.deviation;
  const heading = T.sections.deviation;
  if (!dv) return { heading, blocks: [para(unavailable(d, 'deviation', '裁量基准'))] };
  if (dv.summary.cases === 0) return { heading, blocks: [para(T.noData('行政处罚'))] };
  const s = dv.summary;
  const prior = d.prior.deviation?.summary.deviation_rate ?? null;
  const trend = prior !== null && s.deviation_rate !== null ? `偏离率较上年${pointChange(100 * (s.deviation_rate - prior), '个百分点')}` : null;
  const blocks: Block[] = [sub('基准对照总体情况')];
  blocks.push(
    para(
      paragraph(
        `将${int(s.cases)}件行政处罚案件与案发时有效的行政裁量权基准逐件对照，匹配到基准的${int(s.matched)}件，基准覆盖率${pct(s.coverage)}`,
        `在可评估的${int(s.assessed)}件中，罚款在基准范围内${int(s.within)}件，高于基准${int(s.above)}件，低于基准${int(s.below)}件，偏离率${pct(s.deviation_rate)}${trend ? `，${trend}` : ''}`,
        ...texts(d, dv.findings, { ids: ['deviation.coverage'] }),
      ),
    ),
  );
  blocks.push(
    table(
      '行政处罚案件对照裁量基准结果',
      [{ header: T.cols.status, width: 1.4 }, { header: T.cols.cases, align: 'right' }, { header: T.cols.share, align: 'right' }],
      STATUSES.map((k) => [STATUS_LABELS[k], int(dv.status_counts[k]), pct(dv.status_counts[k] / s.cases)]),
    ),
  );
  blocks.push(figure('deviation_status', C.deviation_status));
  blocks.push(sub('偏离基准较多的执法机关'));
  const agencyWarns = texts(d, dv.findings, { ids: ['deviation.above_agency', 'deviation.below_agency'] });
  blocks.push(para(agencyWarns.length ? paragraph(...agencyWarns) : paragraph('各执法机关偏离基准比例未见明显异常')));
  const ranked = dv.by_agency
    .filter((r) => r.assessed >= MIN_ASSESSED && r.deviation_rate !== null)
    .sort((a, b) => (b.deviation_rate ?? 0) - (a.deviation_rate ?? 0) || a.agency.localeCompare(b.agency))
    .slice(0, 10);
  if (ranked.length > 1) {
    blocks.push(
      table(
        '偏离裁量基准比例居前的执法机关',
        [{ header: T.cols.agency, width: 2.4 }, { header: T.cols.assessed, align: 'right' }, { header: T.cols.above, align: 'right' }, { header: T.cols.below, align: 'right' }, { header: T.cols.rate, align: 'right' }],
        ranked.map((r) => [r.agency, int(r.assessed), int(r.above), int(r.below), pct(r.deviation_rate)]),
        `注：仅列评估案件${MIN_ASSESSED}件以上的执法机关；${d.scope.place}平均偏离率${pct(s.deviation_rate)}。`,
      ),
    );
    blocks.push(figure('agency_deviation', C.agency_deviation));
  }
  blocks.push(sub('同案不同罚情况'));
  blocks.push(para(paragraph(...texts(d, dv.findings, { ids: ['deviation.dispersed_summary', 'deviation.dispersed_group'] }))));
  const groups = [...dv.inconsistent_groups].sort((a, b) => Number(b.flagged) - Number(a.flagged) || b.cv - a.cv).slice(0, 8);
  if (groups.length) {
    blocks.push(
      table(
        '罚款离散程度居前的违法行为',
        [{ header: T.cols.violation, width: 2.6 }, { header: T.cols.tier, align: 'center' }, { header: T.cols.cases, align: 'right' }, { header: T.cols.median, align: 'right' }, { header: T.cols.cv, align: 'right' }, { header: T.cols.p90p10, align: 'right' }],
        groups.map((g) => [g.violation, g.tier ?? '未载明', int(g.cases), int(g.median), fixed(g.cv, 2), g.p90_p10 === null ? '—' : fixed(g.p90_p10, 1)]),
        `注：按违法行为和裁量阶次分组，案件${dv.settings.consistency_min_cases}件以上的组参与计算；变异系数超过${dv.settings.consistency_cv}视为离散程度高。`,
      ),
    );
  }
  return { heading, blocks };
}
