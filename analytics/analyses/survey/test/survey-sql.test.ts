/**
 * Every survey query passes the SQL matcher (text/params, then EXPLAIN against the full schema),
 * and no filter value ever reaches the query text.
 */
import { describe, expect, it } from 'vitest';
import '../../../sql/test/sql-matcher.ts';
import { buildInstrument, type Instrument } from '../instrument.ts';
import { commentsQuery } from '../query-comments.ts';
import { itemMetaQuery, surveyYearsQuery } from '../query-meta.ts';
import { STATS_BRANCHES, surveyStatsQuery } from '../query-stats.ts';
import { rateThresholds } from '../rates.ts';
import { undatedYear } from '../scope.ts';

const AGENCY = "某局'); DROP TABLE survey_answer; --";
const FULL = { year: 2025, division: '连云区', agency: AGENCY, sector: '城市管理' };
const DATE = 'coalesce(r.answered_on, make_date($1::INTEGER, 1, 1))';

const inst: Instrument = buildInstrument([
  { item_code: 'Q1', dimension: '执法规范', text: 'a', weight: 1, is_overall: false, described: true },
  { item_code: 'Q2', dimension: '执法效率', text: 'b', weight: 2, is_overall: false, described: true },
  { item_code: 'Q3', dimension: '总体评价', text: 'c', weight: 0, is_overall: true, described: true },
]);
const th = rateThresholds('default', false, 'labels');

describe('survey queries', () => {
  it('undated responses belong to the latest dated year, or to the year asked when none is dated', () => {
    expect(undatedYear([{ year: 2024, responses: 1 }, { year: 2025, responses: 14 }, { year: null, responses: 1 }], 2024)).toBe(2025);
    expect(undatedYear([{ year: null, responses: 3 }], 2023)).toBe(2023);
    expect(undatedYear([], 2023)).toBe(2023);
  });

  it('item metadata: the year only, values bound', async () => {
    await expect(itemMetaQuery(FULL, 2024)).toMatchSql({
      text: `SELECT a.item_code, min(i.dimension) AS dimension, min(i.text) AS text, min(i.weight) AS weight,
        bool_or(i.is_overall) AS is_overall, count(i.item_code) > 0 AS described
        FROM (SELECT item_code FROM survey_answer GROUP BY item_code
        HAVING bool_or(response_id IN (SELECT r.response_id FROM survey_response r WHERE year(${DATE}) = $2))) a
        LEFT JOIN survey_item i ON i.item_code = a.item_code
        GROUP BY a.item_code`,
      params: [2024, 2025],
    });
  });

  it('years', async () => {
    await expect(surveyYearsQuery()).toMatchSql({
      text: 'SELECT year(answered_on) AS year, count(*) AS responses FROM survey_response GROUP BY 1 ORDER BY 1 NULLS LAST',
      params: [],
    });
  });

  it('comments: the whole filter', async () => {
    await expect(commentsQuery(FULL, 2025)).toMatchSql({
      text: `SELECT trim(r.comment) AS comment, count(*) AS n FROM survey_response r
        WHERE year(${DATE}) = $2
        AND (r.division = $3 OR r.division IN (SELECT name FROM division WHERE parent = $4))
        AND r.agency = $5 AND r.agency IN (SELECT name FROM agency WHERE sector = $6)
        AND trim(coalesce(r.comment, '')) <> '' GROUP BY 1 ORDER BY 2 DESC, 1`,
      params: [2025, 2025, '连云区', '连云区', AGENCY, '城市管理'],
    });
    expect(commentsQuery(FULL, 2025).text).not.toContain('DROP');
  });

  it('statistics: every branch alone and all together plan on the schema', async () => {
    for (const branch of STATS_BRANCHES) await expect(surveyStatsQuery(FULL, inst, th, 2025, [branch])).toMatchSql();
    const all = surveyStatsQuery(FULL, inst, th, 2025);
    await expect(all).toMatchSql();
    expect(all.text).not.toContain('DROP');
    expect(all.text).not.toContain('执法');
    expect(all.params).toEqual(expect.arrayContaining([AGENCY, ['Q1', 'Q2', 'Q3'], [0, 1, 2], [false, false, true], [1, 2, null], 80, 60]));
  });

  it('statistics: an instrument without an overall item rates the index; an empty one still plans', async () => {
    const noOverall = buildInstrument([{ item_code: 'Q1', dimension: 'A', text: null, weight: null, is_overall: null, described: false }]);
    await expect(surveyStatsQuery({ year: 2025 }, noOverall, rateThresholds('default', true, 'bands'), 2025)).toMatchSql();
    await expect(surveyStatsQuery({ year: 2025 }, buildInstrument([]), th, 2025)).toMatchSql();
  });
});
