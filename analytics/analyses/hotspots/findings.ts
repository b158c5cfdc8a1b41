/**
 * Plain-Chinese findings of the hotspot analysis (issue 4 item 8), each from the result's numbers:
 * the volume and its change, the leading division (per 10 000 residents where populations are
 * known), each flagged hotspot cell, each surge, handling rates, unplaced tickets.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { fmtChange, fmtCount, fmtNumber, fmtPct, round2, round4 } from '../penalties/format-zh.ts';
import type { HotspotsResult } from './types.ts';

type Result = Omit<HotspotsResult, 'findings'>;

/**
 * A handling unit is named for its dissatisfaction only when it has at least this many rated
 * tickets (the workspace's default minimum group size: fewer ratings swing too much) …
 */
const UNIT_MIN_RATED = 30;
/** … and its 不满意率 exceeds the overall rate by half again: the one unit most worth a look. */
const UNIT_DISSATISFIED_FACTOR = 1.5;

/** What the tickets are called: 投诉举报 for the default scope, 工单 for all types. */
function noun(r: Result): string {
  return r.scope === 'complaints' ? '投诉举报' : '工单';
}

/** The tickets as a countable noun: 投诉举报类工单 / 工单. */
function tickets(r: Result): string {
  return r.scope === 'complaints' ? '投诉举报类工单' : '工单';
}

function volume(r: Result, who: string): Finding {
  const s = r.summary;
  const change = s.tickets_change !== null ? `，较上年${fmtChange(s.tickets_change)}` : '';
  return {
    id: 'hotspots.total',
    level: 'info',
    text: `${who}${r.filter.year}年共受理${tickets(r)}${fmtCount(s.tickets)}件${change}`,
    numbers: { tickets: s.tickets, tickets_prior: r.prior_year === null ? null : s.tickets_prior, tickets_change: round4(s.tickets_change) },
  };
}

/**
 * The leading division: by tickets per 10 000 residents when every placed division has a
 * population (a rate ranking with gaps would silently skip divisions), else by count.
 */
function leader(r: Result, who: string): Finding[] {
  const placed = r.by_division.filter((d) => d.division !== null && d.tickets > 0);
  if (placed.length < 2) return [];
  const withRate = placed.filter((d) => d.per_10k !== null);
  const byRate = withRate.length === placed.length;
  const top = byRate ? [...withRate].sort((a, b) => b.per_10k! - a.per_10k!)[0] : placed[0];
  const metric = byRate ? `每万人${fmtNumber(top.per_10k!)}件` : `${fmtCount(top.tickets)}件`;
  const change = top.tickets_change !== null ? `，较上年${fmtChange(top.tickets_change)}` : '';
  const where = who === '全市' ? '全市' : `${who}范围内`;
  return [{
    id: 'hotspots.top_division',
    level: 'info',
    text: `${top.division}${noun(r)}量居${where}首位（${metric}）${change}`,
    numbers: {
      division: top.division, tickets: top.tickets, per_10k: round2(top.per_10k), ranked_by: byRate ? 'per_10k' : 'tickets',
      tickets_prior: top.tickets_prior, tickets_change: round4(top.tickets_change),
    },
  }];
}

function hotspots(r: Result): Finding[] {
  return r.hotspots.map((c) => ({
    id: 'hotspots.cell',
    level: 'warn' as const,
    text: `${c.division}「${c.category}」类${noun(r)}显著集中（观察值${fmtCount(c.observed)}，期望值${fmtNumber(c.expected)}，z=${fmtNumber(c.z)}）`,
    numbers: { division: c.division, category: c.category, observed: c.observed, expected: round2(c.expected), z: round2(c.z) },
  }));
}

function surges(r: Result): Finding[] {
  return r.surges.map((s) => {
    const month = Number(s.month.slice(5, 7));
    const ratio = s.ratio === null
      ? '，而前三个月没有同类工单'
      : `，为前三个月均值（${fmtNumber(s.baseline)}件）的${fmtNumber(s.ratio)}倍`;
    return {
      id: 'hotspots.surge',
      level: 'warn' as const,
      text: `${month}月${s.division}「${s.category}」类${noun(r)}激增至${fmtCount(s.count)}件${ratio}`,
      numbers: { month: s.month, division: s.division, category: s.category, count: s.count, baseline: round2(s.baseline), ratio: round2(s.ratio) },
    };
  });
}

function handling(r: Result): Finding[] {
  const s = r.summary;
  if (s.tickets === 0) return [];
  const parts = [`办结率${fmtPct(s.closed_rate ?? 0)}`];
  if (s.on_time_rate !== null) parts.push(`按期办结率${fmtPct(s.on_time_rate)}`);
  if (s.mean_days_to_close !== null) parts.push(`平均办结用时${fmtNumber(s.mean_days_to_close)}天`);
  if (s.satisfied_rate !== null && s.dissatisfied_rate !== null) parts.push(`满意率${fmtPct(s.satisfied_rate)}，不满意率${fmtPct(s.dissatisfied_rate)}`);
  const out: Finding[] = [{
    id: 'hotspots.handling',
    level: 'info',
    text: `${tickets(r)}${parts.join('，')}`,
    numbers: {
      closed_rate: round4(s.closed_rate), on_time_rate: round4(s.on_time_rate), mean_days_to_close: round2(s.mean_days_to_close),
      satisfied_rate: round4(s.satisfied_rate), dissatisfied_rate: round4(s.dissatisfied_rate), rated: s.rated,
    },
  }];
  const units = r.by_handling_unit.filter((u) => u.handling_unit !== null && u.rated >= UNIT_MIN_RATED && u.dissatisfied_rate !== null);
  const worst = [...units].sort((a, b) => b.dissatisfied_rate! - a.dissatisfied_rate!)[0];
  if (units.length >= 2 && worst && s.dissatisfied_rate !== null && worst.dissatisfied_rate! > UNIT_DISSATISFIED_FACTOR * s.dissatisfied_rate) {
    out.push({
      id: 'hotspots.handling_unit_dissatisfied',
      level: 'warn',
      text: `${worst.handling_unit}承办的${noun(r)}不满意率为${fmtPct(worst.dissatisfied_rate!)}，明显高于总体水平（${fmtPct(s.dissatisfied_rate)}）`,
      numbers: { handling_unit: worst.handling_unit, rated: worst.rated, dissatisfied_rate: round4(worst.dissatisfied_rate), overall: round4(s.dissatisfied_rate) },
    });
  }
  return out;
}

function unplaced(r: Result): Finding[] {
  const s = r.summary;
  if (s.unplaced === 0) return [];
  return [{
    id: 'hotspots.unplaced',
    level: 'info',
    text: `另有${fmtCount(s.unplaced)}件工单（占${fmtPct(s.unplaced / s.tickets)}）无法确定所属区县，未计入区县统计和热点分析`,
    numbers: { unplaced: s.unplaced, share: round4(s.unplaced / s.tickets) },
  }];
}

/** Who the sentences speak about: the division filter or the whole city. */
function scopeName(filter: FilterSpec): string {
  return filter.division ?? '全市';
}

/** The findings of a hotspot result, most general first. */
export function hotspotFindings(r: Result): Finding[] {
  const who = scopeName(r.filter);
  if (r.summary.tickets === 0) {
    return [{ id: 'hotspots.empty', level: 'info', text: `${r.filter.year}年${who}没有${tickets(r)}记录`, numbers: { tickets: 0, year: r.filter.year } }];
  }
  return [volume(r, who), ...leader(r, who), ...hotspots(r), ...surges(r), ...handling(r), ...unplaced(r)];
}
