/** The deviation findings as sentences, from hand-made figures (pure functions). */
import { describe, expect, it } from 'vitest';
import { deviationFindings } from '../findings.ts';
import { EMPTY_FIGURES } from '../build-result.ts';
import type { AgencyDeviationRow, ConsistencyGroupRow, DivisionMedianRow } from '../types.ts';

const fig = (agency: string, assessed: number, above: number, below: number, no_rule = 0): AgencyDeviationRow => ({
  ...EMPTY_FIGURES, agency, cases: assessed + no_rule, matched: assessed, assessed, within: assessed - above - below, above, below, no_rule,
  above_rate: above / assessed, below_rate: below / assessed, deviation_rate: (above + below) / assessed, coverage: assessed / (assessed + no_rule),
});

const group: ConsistencyGroupRow = {
  violation: '未按照规定设置排污口', violation_code: 'HJ-003', tier: '一般', cases: 80, mean: 1, median: 1, cv: 0.8234, p10: 1, p90: 2, p90_p10: 2, flagged: true,
};
const median = (division: string, rest_ratio: number, cases = 10): DivisionMedianRow => ({
  violation: group.violation, violation_code: group.violation_code, tier: group.tier, division, cases, median: 1, cv: 0.5,
  city_median: 1, ratio: 1, rest_cases: 20, rest_median: 1, rest_ratio, flagged: true,
});

describe('deviation findings', () => {
  const agencies = [fig('甲局', 100, 21, 1), fig('乙局', 400, 12, 6), fig('丙局', 400, 12, 14), fig('丁局', 10, 5, 0)];
  const summary = { ...fig('全市', 910, 50, 21, 130), agency: undefined } as unknown as AgencyDeviationRow;

  it('names the agency far above the average, not the one merely above it or too small', () => {
    const f = deviationFindings({ filter: { year: 2025 }, summary, byAgency: agencies, groups: [], medians: [], cvThreshold: 0.5 });
    const above = f.filter((x) => x.id === 'deviation.above_agency');
    expect(above.map((x) => x.text)).toEqual([`甲局高于基准处罚占比21.0%，为全市平均的${(0.21 / (50 / 910)).toFixed(1)}倍`]);
    expect(f.filter((x) => x.id === 'deviation.below_agency')).toEqual([]);
    expect(f.find((x) => x.id === 'deviation.coverage')!.text).toBe('全市有12.5%的案件（130件）找不到对应裁量基准');
  });

  it('phrases the division against the rest of the city, larger or smaller', () => {
    const hi = deviationFindings({ filter: { year: 2025 }, summary, byAgency: [], groups: [group], medians: [median('海州区', 2.44)], cvThreshold: 0.5 });
    expect(hi[0].text).toBe('「未按照规定设置排污口」（一般）罚款离散程度高（变异系数0.82），海州区中位数为全市其他地区的2.4倍，存在同案不同罚风险');
    const lo = deviationFindings({ filter: { year: 2025 }, summary, byAgency: [], groups: [group], medians: [median('东海县', 0.275, 70), median('市本级', 1 / 0.275, 9)], cvThreshold: 0.5 });
    expect(lo[0].text).toContain('东海县中位数仅为全市其他地区的27.5%');
    const flat = deviationFindings({ filter: { year: 2025 }, summary, byAgency: [], groups: [group], medians: [median('海州区', 1.2)], cvThreshold: 0.5 });
    expect(flat[0].text).toBe('「未按照规定设置排污口」（一般）罚款离散程度高（变异系数0.82），存在同案不同罚风险');
  });

  it('says nothing about an empty filter; scope names follow the filter', () => {
    expect(deviationFindings({ filter: { year: 2025 }, summary: { ...EMPTY_FIGURES }, byAgency: [], groups: [], medians: [], cvThreshold: 0.5 })).toEqual([]);
    const f = deviationFindings({ filter: { year: 2025, division: '海州区' }, summary, byAgency: [], groups: [], medians: [], cvThreshold: 0.5 });
    expect(f.find((x) => x.id === 'deviation.coverage')!.text).toMatch(/^海州区有/);
  });
});
