/**
 * 五、行政检查与案卷评查: inspection modes and repeat inspections (多头检查), penalties per
 * inspection, and the case-file review scores.
 */
import type { ReportData } from '../data/types.ts';
import { int, paragraph, pct, score } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, sub, table, type Block, type Section } from './model.ts';

/** The quality section. */
export function qualitySection(d: ReportData): Section {
  const q = d.quality;
  const heading = T.sections.quality;
  if (!q) return { heading, blocks: [para(unavailable(d, 'quality', '行政检查与案卷评查'))] };
  const blocks: Block[] = [sub('行政检查')];
  if (q.mode_share.inspections === 0) blocks.push(para(T.noData('行政检查记录')));
  else {
    const modes = Object.entries(q.mode_counts)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([m, n]) => `${m}${int(n)}次（${pct(n / q.mode_share.inspections)}）`);
    const share = texts(d, q.findings, { ids: ['quality.mode_share'] });
    blocks.push(
      para(
        paragraph(
          ...(share.length ? share : [`${d.scope.place}共开展行政检查${int(q.mode_share.inspections)}次`]),
          `按检查方式分，${modes.join('、')}`,
          ...texts(d, q.findings, { ids: ['quality.repeat_inspections', 'quality.penalties_per_100'] }),
        ),
      ),
    );
    blocks.push(figure('inspection_modes', C.inspection_modes));
    const pairs = q.repeat_inspections.agency_pairs.slice(0, 10);
    if (pairs.length) {
      blocks.push(
        table(
          '对同一对象30日内重复检查的执法机关',
          [{ header: T.cols.agencyA, width: 2 }, { header: T.cols.agencyB, width: 2 }, { header: T.cols.episodes, align: 'right' }],
          pairs.map((r) => [r.agency_a, r.agency_b, int(r.episodes)]),
        ),
      );
    }
  }
  blocks.push(sub('案卷评查'));
  const rs = q.review_summary;
  if (rs.reviews === 0) blocks.push(para(T.noData('案卷评查')));
  else {
    const grades = Object.entries(rs.grades)
      .sort((a, b) => b[1] - a[1])
      .map(([g, n]) => `${g}${int(n)}件`);
    blocks.push(para(paragraph(...texts(d, q.findings, { ids: ['quality.review_summary'] }), `按评查等次分，${grades.join('、')}`, ...texts(d, q.findings, { ids: ['quality.review_lowest'] }))));
    const low = q.reviews
      .filter((r) => r.mean_score !== null)
      .sort((a, b) => (a.mean_score ?? 0) - (b.mean_score ?? 0) || a.agency.localeCompare(b.agency))
      .slice(0, 10);
    if (low.length > 1) {
      blocks.push(
        table(
          '案卷评查平均分较低的执法机关',
          [{ header: T.cols.agency, width: 2.4 }, { header: T.cols.reviews, align: 'right' }, { header: T.cols.meanScore, align: 'right' }, { header: T.cols.vetoes, align: 'right' }, { header: T.cols.vetoRate, align: 'right' }],
          low.map((r) => [r.agency, int(r.reviews), score(r.mean_score), int(r.vetoes), pct(r.veto_rate)]),
        ),
      );
      blocks.push(figure('review_scores', C.review_scores));
    }
  }
  return { heading, blocks };
}
