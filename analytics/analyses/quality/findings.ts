/**
 * Plain-Chinese findings of the quality analysis, each with the numbers it states.
 *
 * - `quality.repeat_inspections`: episodes, targets and agencies (warn when any), with the pair of
 *   agencies meeting most often when it met more than once.
 * - `quality.mode_share`: the 双随机 + 综合查一次 share; a warning, worded "仅", below
 *   `RANDOM_JOINT_TARGET` (these two modes are meant to be the normal way of inspecting — the
 *   threshold is a working assumption, not a published quota).
 * - `quality.review_summary`: reviews, mean score, vetoes and veto rate of the filter.
 * - `quality.review_lowest`: the agency with the lowest mean score among those with at least
 *   `REVIEW_MIN_FILES` reviews (warn when it has vetoes or a mean below the 合格 band).
 * - `quality.penalties_per_100`: the agency with the most penalties per 100 inspections among those
 *   with at least `INSPECTIONS_MIN` inspections.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { count, pct, scopeName } from '../deviation/format-zh.ts';
import type { RepeatTotals } from './build-result.ts';
import type { AgencyPairRow, GradeBand, ModeShare, QualityAgencyRow, ReviewAgencyRow, ReviewFigures } from './types.ts';

/** Below this 双随机 + 综合查一次 share the mode finding is a warning. */
export const RANDOM_JOINT_TARGET = 0.6;
/** Fewest reviews for an agency to be named as the lowest-scoring. */
export const REVIEW_MIN_FILES = 3;
/** Fewest inspections for an agency's penalties per 100 inspections to be named. */
export const INSPECTIONS_MIN = 20;

/** Inputs of the findings. */
export interface QualityFindingInput {
  filter: FilterSpec;
  repeat: RepeatTotals;
  pairs: readonly AgencyPairRow[];
  modes: ModeShare;
  byAgency: readonly QualityAgencyRow[];
  reviews: readonly ReviewAgencyRow[];
  reviewSummary: ReviewFigures;
  bands: readonly GradeBand[];
}

function repeatFinding(i: QualityFindingInput): Finding | null {
  if (i.modes.inspections === 0) return null;
  const r = i.repeat;
  if (r.episodes === 0) {
    return { id: 'quality.repeat_inspections', level: 'info', text: '未发现同一对象30日内被2个以上部门重复检查的情况', numbers: { episodes: 0 } };
  }
  const top = i.pairs[0];
  const pair = top && top.episodes > 1 ? `，其中${top.agency_a}与${top.agency_b}重复检查${count(top.episodes)}起` : '';
  return {
    id: 'quality.repeat_inspections',
    level: 'warn',
    text: `同一对象30日内被2个以上部门重复检查${count(r.episodes)}起，涉及${count(r.targets)}个检查对象、${count(r.agencies_involved)}个执法部门、${count(r.inspections_involved)}次检查${pair}`,
    numbers: { ...r, top_pair_a: top?.agency_a ?? null, top_pair_b: top?.agency_b ?? null, top_pair_episodes: top?.episodes ?? null },
  };
}

function modeFinding(i: QualityFindingInput): Finding | null {
  const share = i.modes.random_or_joint_share;
  if (share === null) return null;
  const low = share < RANDOM_JOINT_TARGET;
  return {
    id: 'quality.mode_share',
    level: low ? 'warn' : 'info',
    text: `${scopeName(i.filter)}行政检查${count(i.modes.inspections)}次，双随机和综合查一次占比${low ? '仅' : ''}${pct(share)}`,
    numbers: { inspections: i.modes.inspections, share, 双随机: i.modes['双随机'], 综合查一次: i.modes['综合查一次'], target: RANDOM_JOINT_TARGET },
  };
}

function reviewFindings(i: QualityFindingInput): Finding[] {
  const s = i.reviewSummary;
  if (!s.reviews) return [];
  const out: Finding[] = [{
    id: 'quality.review_summary',
    level: s.vetoes ? 'warn' : 'info',
    text: `${scopeName(i.filter)}评查行政执法案卷${count(s.reviews)}件，平均分${s.mean_score?.toFixed(1) ?? '—'}分，` +
      (s.vetoes ? `${count(s.vetoes)}件存在否决项（否决率${pct(s.veto_rate ?? 0)}）` : '未发现否决项'),
    numbers: { reviews: s.reviews, mean_score: s.mean_score, vetoes: s.vetoes, veto_rate: s.veto_rate },
  }];
  const pass = i.bands[i.bands.length - 1]?.min ?? 60;
  const lowest = i.reviews.filter((r) => r.reviews >= REVIEW_MIN_FILES && r.mean_score !== null)
    .sort((a, b) => a.mean_score! - b.mean_score! || a.agency.localeCompare(b.agency, 'zh'))[0];
  if (lowest && i.reviews.length > 1) {
    out.push({
      id: 'quality.review_lowest',
      level: lowest.vetoes > 0 || lowest.mean_score! < pass ? 'warn' : 'info',
      text: `${lowest.agency}案卷评查平均分${lowest.mean_score!.toFixed(1)}分，为${scopeName(i.filter)}最低，否决率${pct(lowest.veto_rate ?? 0)}`,
      numbers: { agency: lowest.agency, reviews: lowest.reviews, mean_score: lowest.mean_score, vetoes: lowest.vetoes, veto_rate: lowest.veto_rate },
    });
  }
  return out;
}

function perHundredFinding(i: QualityFindingInput): Finding | null {
  const top = i.byAgency.filter((r) => r.inspections >= INSPECTIONS_MIN && r.penalties_per_100 !== null)
    .sort((a, b) => b.penalties_per_100! - a.penalties_per_100! || a.agency.localeCompare(b.agency, 'zh'))[0];
  if (!top || i.byAgency.length < 2) return null;
  return {
    id: 'quality.penalties_per_100',
    level: 'info',
    text: `${top.agency}每百次检查对应行政处罚${top.penalties_per_100!.toFixed(1)}件，居${scopeName(i.filter)}首位`,
    numbers: { agency: top.agency, inspections: top.inspections, penalties: top.penalties, penalties_per_100: top.penalties_per_100 },
  };
}

/** The findings, most important first. */
export function qualityFindings(i: QualityFindingInput): Finding[] {
  return [repeatFinding(i), modeFinding(i), ...reviewFindings(i), perHundredFinding(i)].filter((f): f is Finding => f !== null);
}
