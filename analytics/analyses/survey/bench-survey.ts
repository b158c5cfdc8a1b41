/**
 * Benchmark `survey-100k` (issue 5: 100 000 responses × 20 items analysed in under 2 s). Synthesizes
 * the survey straight into an in-memory workspace with INSERT … SELECT over `range()` — labels drawn
 * from hash-based pseudo-random numbers around a per-respondent level, so items correlate as real
 * answers do; 3 % of answers blank; 60 agencies in 8 divisions, 4 respondent types; a comment on 30 %
 * of questionnaires (two stock sentences, a third of them with a distinct numbered tail so ~10 000
 * different texts must be segmented). Every value enters SQL as a bound parameter. Then times one
 * `runSurvey` for the year, unfiltered, on a fresh connection (a cold first run, what a user sees).
 *
 * `rows` is the number of `survey_answer` rows analysed.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../../sql/fragment.ts';
import { exec, one } from '../../sql/run.ts';
import { openMemoryWorkspace } from '../../workspace/open.ts';
import { queryContext } from '../query.ts';
import { runSurvey } from './index.ts';

const RESPONSES = 100_000;
const ITEMS = 20;
const DIMENSIONS = ['执法规范', '执法公正', '执法文明', '执法效率', '信息公开'];
const LABELS = ['非常满意', '满意', '基本满意', '不满意', '非常不满意'];
const SCORES = [100, 80, 60, 30, 0];
const TYPES = ['公众', '企业', '律师', '行政相对人'];
const DIVISIONS = ['市本级', '海州区', '连云区', '赣榆区', '东海县', '灌云县', '灌南县', '高新区'];
const PHRASES = [
  '希望减少重复检查，多部门能联合检查。', '执法人员态度较差，说话不耐烦。', '办事拖延，答复不及时。', '存在乱罚款现象，处罚标准不统一。',
  '执法信息公开不及时，查询不方便。', '总体满意，执法人员很耐心。', '执法规范文明，比较满意。', '建议加强执法人员业务培训。',
  '希望多开展普法宣传和政策指导。', '投诉后处理拖延，迟迟没有结果。', '同一事项多个部门重复检查，企业负担较重。', '窗口服务热情周到。',
];

/** Writes the synthetic survey (year 2025) into a workspace; returns the number of answer rows. */
export async function synthesizeSurvey(conn: DuckDBConnection, responses = RESPONSES): Promise<number> {
  const agencies = Array.from({ length: 60 }, (_, i) => `${DIVISIONS[i % DIVISIONS.length]}第${i + 1}执法局`);
  const divisionOf = agencies.map((_, i) => DIVISIONS[i % DIVISIONS.length]);
  await exec(conn, sql`INSERT INTO survey_item (item_code, dimension, text, weight, is_overall, batch_id)
    SELECT 'Q' || i, CASE WHEN i = ${ITEMS} THEN '总体评价' ELSE ${DIMENSIONS}[(i - 1) % 5 + 1] END, '题目' || i,
      CASE WHEN i = ${ITEMS} THEN 0 ELSE 1 + (i % 3) * 0.1 END, i = ${ITEMS}, 1
    FROM range(1, ${ITEMS + 1}) t(i)`);
  await exec(conn, sql`INSERT INTO survey_response (response_id, respondent_type, agency, division, answered_on, comment, batch_id)
    SELECT 'B' || r, ${TYPES}[(hash(r, 1) % 4)::BIGINT + 1], ${agencies}[r % 60 + 1], ${divisionOf}[r % 60 + 1],
      ${'2025-01-01'}::DATE + (hash(r, 2) % 330)::INTEGER,
      CASE WHEN hash(r, 3) % 10 < 3 THEN ${PHRASES}[(hash(r, 4) % 12)::BIGINT + 1] || ${PHRASES}[(hash(r, 5) % 12)::BIGINT + 1]
        || CASE WHEN hash(r, 6) % 3 = 0 THEN '（编号' || (r % 10000) || '）' ELSE '' END END, 1
    FROM range(${responses}) t(r)`);
  await exec(conn, sql`INSERT INTO survey_answer (response_id, item_code, label, score, batch_id)
    WITH a AS (
      SELECT r, i, 45 + (hash(r, 7) % 50)::BIGINT + (r % 60) * 0.1 + ((hash(r, i) % 1000)::BIGINT / 1000.0 - 0.5) * 40 AS x
      FROM range(${responses}) t(r), range(1, ${ITEMS + 1}) u(i)
      WHERE hash(r, i, 8) % 100 >= 3
    ), k AS (SELECT r, i, CASE WHEN x >= 88 THEN 1 WHEN x >= 72 THEN 2 WHEN x >= 55 THEN 3 WHEN x >= 35 THEN 4 ELSE 5 END AS k FROM a)
    SELECT 'B' || r, 'Q' || i, ${LABELS}[k], ${SCORES}[k], 1 FROM k`);
  return (await one<{ n: number }>(conn, sql`SELECT count(*) AS n FROM survey_answer`))?.n ?? 0;
}

/** Fills an in-memory workspace with the synthetic survey and times `runSurvey` on it. */
export async function benchSurvey100k(): Promise<{ ours_s: number; rows: number }> {
  const ws = await openMemoryWorkspace();
  try {
    const rows = await synthesizeSurvey(ws.conn);
    const q = await queryContext(ws.conn);
    const t0 = performance.now();
    await runSurvey(q, { year: 2025 });
    return { ours_s: (performance.now() - t0) / 1000, rows };
  } finally {
    ws.close();
  }
}
