/**
 * Quality on the sample workspace: the planted repeat-inspection episodes are found exactly (and
 * agree with the plain-TypeScript clustering), the review vetoes and counts equal truth.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleWorkspace, truth } from '../../test/sample-workspace.ts';
import type { Workspace } from '../../../workspace/open.ts';
import { queryContext } from '../../query.ts';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { runQuality } from '../index.ts';
import type { QualityResult } from '../types.ts';
import { referenceEpisodes, referencePairs, type RawInspection } from './reference-episodes.ts';

let ws: Workspace;
let r: QualityResult;
const t = truth();
const year: number = t.year;
const planted = t.planted.repeat_inspections;

beforeAll(async () => {
  ws = await openSampleWorkspace();
  r = await runQuality(await queryContext(ws.conn), { year });
});
afterAll(() => ws?.close());

describe('quality on the sample city', () => {
  it('has the DESIGN §4 keys', () => {
    expect(r.repeat_inspections).toEqual(expect.objectContaining({ episodes: expect.any(Number), targets: expect.any(Number), agency_pairs: expect.any(Array) }));
    expect(Object.keys(r.mode_share)).toEqual(expect.arrayContaining(['双随机', '专项', '综合查一次', '投诉核查', '其他', 'random_or_joint_share']));
    expect(r.by_agency[0]).toEqual(expect.objectContaining({ agency: expect.any(String), inspections: expect.any(Number), penalties_per_100: expect.any(Number) }));
    expect(r.reviews[0]).toEqual(expect.objectContaining({ agency: expect.any(String), mean_score: expect.any(Number), veto_rate: expect.any(Number), grades: expect.any(Object) }));
  });

  it('finds exactly the planted repeat-inspection episodes', () => {
    const rep = r.repeat_inspections;
    expect(rep.episodes).toBe(planted.episodes);
    expect(rep.targets).toBe(planted.target_count ?? planted.targets.length);
    const got = rep.examples.map((e) => `${e.target_credit_code}|${e.first_date}|${e.agencies}`).sort();
    const want = (planted.episode_list as { credit_code: string; visits: { agency: string; date: string }[] }[]).map((e) => {
      const dates = e.visits.map((v) => v.date).sort();
      const agencies = [...new Set(e.visits.map((v) => v.agency))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return `${e.credit_code}|${dates[0]}|${agencies.join('、')}`;
    }).sort();
    expect(got).toEqual(want);
    const pairs = rep.agency_pairs.map((p) => `${p.agency_a}|${p.agency_b}`).sort();
    const wantPairs = (planted.agency_pairs as [string, string][]).map(([a, b]) => (a < b ? `${a}|${b}` : `${b}|${a}`)).sort();
    expect(pairs).toEqual([...new Set(wantPairs)]);
    expect(r.findings[0].text).toMatch(new RegExp(`^同一对象30日内被2个以上部门重复检查${planted.episodes}起`));
  });

  it('agrees with the plain-TypeScript clustering', async () => {
    const rows = await all<RawInspection>(ws.conn, sql`SELECT inspection_id, agency, target_name, target_credit_code, inspected_on, division FROM inspection WHERE year(inspected_on) = ${year}`);
    const ref = referenceEpisodes(rows);
    expect(r.repeat_inspections.episodes).toBe(ref.length);
    expect(new Map(r.repeat_inspections.agency_pairs.map((p) => [`${p.agency_a}|${p.agency_b}`, p.episodes]))).toEqual(referencePairs(ref));
  });

  it('inspections, reviews and vetoes equal truth.json', () => {
    expect(r.mode_share.inspections).toBe(t.inspections.count);
    expect(r.review_summary.reviews).toBe(t.reviews.count);
    expect(r.review_summary.vetoes).toBe(t.planted.review_vetoes);
    expect(r.reviews.reduce((s, a) => s + a.vetoes, 0)).toBe(t.planted.review_vetoes);
    expect(r.review_summary.grades['不合格']).toBeGreaterThanOrEqual(t.planted.review_vetoes);
  });

  it('an agency filter keeps the episodes that agency took part in', async () => {
    const q = await queryContext(ws.conn);
    const pair = r.repeat_inspections.agency_pairs[0];
    const one = await runQuality(q, { year, agency: pair.agency_a });
    expect(one.repeat_inspections.examples.every((e) => e.agencies.split('、').includes(pair.agency_a))).toBe(true);
    expect(one.repeat_inspections.episodes).toBeGreaterThanOrEqual(pair.episodes);
    const evil = await runQuality(q, { year, agency: `${pair.agency_a}' OR '1'='1` });
    expect(evil.repeat_inspections.episodes).toBe(0);
    expect(evil.mode_share.inspections).toBe(0);
  });
});
