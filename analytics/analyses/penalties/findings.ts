/**
 * Plain-Chinese findings of the penalty analysis, each from the result's own numbers (issue 4 item
 * 8): the totals and their change, the fine distribution, the top-1 % share, simple-procedure cases
 * over the cap, December spikes, the leading category and agency.
 */
import type { FilterSpec } from '../filter.ts';
import type { Finding } from '../types.ts';
import { fmtChange, fmtCount, fmtPct, fmtYuan, round2, round4 } from './format-zh.ts';
import { SIMPLE_CAP_ORGANISATION_YUAN, SIMPLE_CAP_PERSON_YUAN } from './scope.ts';
import type { PenaltiesResult } from './types.ts';

/** Who the sentences speak about: the agency, the division (and sector), or the whole city. */
export function scopeName(filter: FilterSpec, city = '全市'): string {
  if (filter.agency) return filter.agency;
  const sector = filter.sector ? `${filter.sector}领域` : '';
  if (filter.division) return `${filter.division}${sector}`;
  return sector ? `${city}${sector}` : city;
}

function totals(r: Omit<PenaltiesResult, 'findings'>, who: string): Finding {
  const s = r.summary;
  const y = r.yoy;
  const casesText = y?.cases_change != null ? `，较上年${fmtChange(y.cases_change)}` : '';
  const moneyText = y?.penalty_total_change != null ? `，较上年${fmtChange(y.penalty_total_change)}` : '';
  const split = s.confiscation_total_yuan > 0 ? `（罚款${fmtYuan(s.fine_total_yuan)}，没收${fmtYuan(s.confiscation_total_yuan)}）` : '';
  return {
    id: 'penalties.total',
    level: 'info',
    text: `${who}共作出行政处罚${fmtCount(s.cases)}件${casesText}；罚没金额合计${fmtYuan(s.penalty_total_yuan)}${moneyText}${split}`,
    numbers: {
      cases: s.cases, penalty_total_yuan: round2(s.penalty_total_yuan), fine_total_yuan: round2(s.fine_total_yuan),
      confiscation_total_yuan: round2(s.confiscation_total_yuan), cases_prior: y?.cases_prior ?? null,
      cases_change: round4(y?.cases_change ?? null), penalty_total_prior_yuan: round2(y?.penalty_total_prior_yuan ?? null),
      penalty_total_change: round4(y?.penalty_total_change ?? null),
    },
  };
}

function distribution(r: Omit<PenaltiesResult, 'findings'>): Finding[] {
  const s = r.summary;
  const f = r.flags;
  if (s.fined_cases === 0 || s.fine_median_yuan === null || s.fine_p90_yuan === null || s.fine_max_yuan === null) return [];
  const out: Finding[] = [{
    id: 'penalties.fine_distribution',
    level: 'info',
    text: `罚款案件${fmtCount(s.fined_cases)}件，罚款金额中位数${fmtYuan(s.fine_median_yuan)}，90%的案件不超过${fmtYuan(s.fine_p90_yuan)}，最高一件${fmtYuan(s.fine_max_yuan)}`,
    numbers: { fined_cases: s.fined_cases, fine_median_yuan: round2(s.fine_median_yuan), fine_p90_yuan: round2(s.fine_p90_yuan), fine_max_yuan: round2(s.fine_max_yuan) },
  }];
  if (f.top1pct_fine_share !== null) {
    out.push({
      id: 'penalties.top1pct',
      level: 'info',
      text: `罚款金额前1%的案件（${fmtCount(f.top1pct_cases)}件）占罚款总额的${fmtPct(f.top1pct_fine_share)}`,
      numbers: { top1pct_cases: f.top1pct_cases, top1pct_fine_share: round4(f.top1pct_fine_share), fine_total_yuan: round2(s.fine_total_yuan) },
    });
  }
  return out;
}

function overCap(r: Omit<PenaltiesResult, 'findings'>): Finding[] {
  const f = r.flags;
  const simple = r.summary.simple_procedure_cases;
  if (simple === 0) return [];
  const caps = `自然人${SIMPLE_CAP_PERSON_YUAN}元、单位${SIMPLE_CAP_ORGANISATION_YUAN}元`;
  const border = f.individual_business_200_3000 > 0
    ? `；另有${fmtCount(f.individual_business_200_3000)}件个体工商户简易程序罚款在200–3000元之间，如按公民标准认定亦属超限`
    : '';
  const numbers = {
    simple_procedure_cases: simple, simple_procedure_over_cap: f.simple_procedure_over_cap,
    individual_business_200_3000: f.individual_business_200_3000,
    cap_person_yuan: SIMPLE_CAP_PERSON_YUAN, cap_organisation_yuan: SIMPLE_CAP_ORGANISATION_YUAN,
  };
  if (f.simple_procedure_over_cap === 0) {
    return [{ id: 'penalties.simple_over_cap', level: 'info', text: `简易程序案件${fmtCount(simple)}件，罚款均未超出法定限额（${caps}）${border}`, numbers }];
  }
  return [{
    id: 'penalties.simple_over_cap',
    level: 'warn',
    text: `简易程序案件中有${fmtCount(f.simple_procedure_over_cap)}件罚款超出法定限额（${caps}），涉嫌程序适用错误${border}`,
    numbers,
  }];
}

function december(r: Omit<PenaltiesResult, 'findings'>, filter: FilterSpec, who: string): Finding[] {
  const f = r.flags;
  const normal = `月均${fmtPct(1 / 12)}，预警线${fmtPct(f.december_threshold)}`;
  const out: Finding[] = f.december_agencies.map((a) => ({
    id: 'penalties.december_spike',
    level: 'warn' as const,
    text: `${a.agency}12月作出处罚${fmtCount(a.december_cases)}件，占全年的${fmtPct(a.december_share)}，明显高于正常水平（${normal}），存在年底突击执法迹象`,
    numbers: { agency: a.agency, cases: a.cases, december_cases: a.december_cases, december_share: round4(a.december_share), threshold: round4(f.december_threshold) },
  }));
  // With an agency filter the agency's own spike finding already says it; do not repeat it.
  const covered = filter.agency && out.length > 0;
  if (f.december_share !== null && !covered) {
    const high = f.december_share > f.december_threshold;
    out.push({
      id: 'penalties.december_share',
      level: high ? 'warn' : 'info',
      text: high
        ? `${who}12月作出处罚占全年的${fmtPct(f.december_share)}，高于预警线（${fmtPct(f.december_threshold)}），存在年底集中执法迹象`
        : `${who}12月作出处罚占全年的${fmtPct(f.december_share)}，未超过预警线（${fmtPct(f.december_threshold)}）`,
      numbers: { december_cases: f.december_cases, cases: r.summary.cases, december_share: round4(f.december_share), threshold: round4(f.december_threshold) },
    });
  }
  return out;
}

function leaders(r: Omit<PenaltiesResult, 'findings'>, filter: FilterSpec): Finding[] {
  const out: Finding[] = [];
  const top = r.by_heaviest_category.filter((c) => c.category !== null).sort((a, b) => b.cases - a.cases)[0];
  if (top && top.share !== null) {
    out.push({
      id: 'penalties.top_category',
      level: 'info',
      text: `按最重处罚种类统计，${top.category}类案件最多（${fmtCount(top.cases)}件，占${fmtPct(top.share)}）`,
      numbers: { category: top.category, cases: top.cases, share: round4(top.share) },
    });
  }
  const agency = r.by_agency[0];
  if (!filter.agency && r.by_agency.length > 1 && agency && r.summary.cases > 0) {
    out.push({
      id: 'penalties.top_agency',
      level: 'info',
      text: `作出处罚最多的执法机关为${agency.agency}（${fmtCount(agency.cases)}件，占${fmtPct(agency.cases / r.summary.cases)}，罚款${fmtYuan(agency.fine_total_yuan)}）`,
      numbers: { agency: agency.agency, cases: agency.cases, share: round4(agency.cases / r.summary.cases), fine_total_yuan: round2(agency.fine_total_yuan) },
    });
  }
  return out;
}

/** The findings of a penalty result, most general first. */
export function penaltyFindings(r: Omit<PenaltiesResult, 'findings'>, filter: FilterSpec, city = '全市'): Finding[] {
  const who = scopeName(filter, city);
  if (r.summary.cases === 0) {
    return [{ id: 'penalties.empty', level: 'info', text: `${filter.year}年${who}没有行政处罚案件记录`, numbers: { cases: 0, year: filter.year } }];
  }
  return [totals(r, who), ...distribution(r), ...overCap(r), ...december(r, filter, who), ...leaders(r, filter)];
}
