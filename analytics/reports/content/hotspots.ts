/**
 * 三、投诉举报热点: volume and handling, where complaints concentrate (divisions, categories,
 * division × category hotspots) and what surged.
 */
import type { ReportData } from '../data/types.ts';
import { changeCell, fixed, int, paragraph, pct } from '../format.ts';
import { REPORT_TEXT as T, CHART_CAPTIONS as C } from '../messages.ts';
import { texts, unavailable } from './findings.ts';
import { figure, para, sub, table, type Block, type Section } from './model.ts';

/** The hotspots section. */
export function hotspotsSection(d: ReportData): Section {
  const h = d.hotspots;
  const heading = T.sections.hotspots;
  if (!h) return { heading, blocks: [para(unavailable(d, 'hotspots', '投诉举报'))] };
  if (h.summary.tickets === 0) return { heading, blocks: [para(T.noData('投诉举报工单'))] };
  const blocks: Block[] = [sub('总体情况')];
  const parts = h.filter_ignored.filter((k): k is 'agency' | 'sector' => k === 'agency' || k === 'sector');
  const ignored = parts.length ? T.filterIgnored(parts) : null;
  blocks.push(para(paragraph(ignored, ...texts(d, h.findings, { ids: ['hotspots.total', 'hotspots.handling', 'hotspots.unplaced'] }))));
  blocks.push(sub('区域和类别分布'));
  const cats = h.by_category.filter((c) => c.category !== null).sort((a, b) => b.tickets - a.tickets).slice(0, 3);
  const catSentence = cats.length
    ? `从诉求类别看，${cats.map((c) => `“${c.category}”${int(c.tickets)}件（占${pct(c.share)}）`).join('、')}位居前列`
    : null;
  blocks.push(para(paragraph(...texts(d, h.findings, { ids: ['hotspots.top_division'] }), catSentence)));
  const divisions = h.by_division.filter((r) => r.division !== null && r.tickets > 0);
  if (divisions.length > 1) {
    blocks.push(
      table(
        '各区县投诉举报工单情况',
        [{ header: T.cols.division, width: 1.6 }, { header: T.cols.tickets, align: 'right' }, { header: T.cols.share, align: 'right' }, { header: T.cols.per10k, align: 'right' }, { header: T.cols.change, align: 'right' }],
        [...divisions]
          .sort((a, b) => b.tickets - a.tickets)
          .map((r) => [r.division ?? '', int(r.tickets), pct(r.share), r.per_10k === null ? '—' : fixed(r.per_10k, 1), changeCell(r.tickets_change)]),
      ),
    );
    blocks.push(figure('division_tickets', C.division_tickets));
  }
  if (h.cells.length > 1) blocks.push(figure('hotspot_heatmap', C.hotspot_heatmap));
  blocks.push(sub('热点和突出问题'));
  const warns = texts(d, h.findings, { level: 'warn' });
  blocks.push(para(warns.length ? paragraph(...warns) : paragraph('未发现统计上显著集中或短期激增的投诉举报类别')));
  if (h.hotspots.length > 0) {
    blocks.push(
      table(
        '投诉举报显著集中的区县和类别',
        [{ header: T.cols.division }, { header: T.cols.category, width: 1.4 }, { header: T.cols.observed, align: 'right' }, { header: T.cols.expected, align: 'right' }, { header: T.cols.z, align: 'right' }],
        h.hotspots.slice(0, 12).map((c) => [c.division, c.category, int(c.observed), fixed(c.expected, 1), fixed(c.z, 1)]),
        `注：期望值按区县合计与类别合计推算；z≥${h.thresholds.hotspot_z}且工单数≥${h.thresholds.hotspot_min_count}视为显著集中。`,
      ),
    );
  }
  return { heading, blocks };
}
