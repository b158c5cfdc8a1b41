/**
 * A small survey fixture written straight into an in-memory workspace: 4 items in 2 dimensions plus
 * an overall item, 16 respondents of 3 agencies with a few blanks, one undated response (belongs to
 * the latest year, 2025) and one of 2024 (outside the default filter). The expected statistics of
 * this fixture are written out as literals in `survey-fixture.test.ts`, computed independently.
 */
import { sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import { openMemoryWorkspace, type Workspace } from '../../../workspace/open.ts';

/** One fixture item. */
export interface FixtureItem {
  code: string;
  dimension: string;
  text: string;
  weight: number | null;
  overall: boolean;
}

/** One fixture respondent; `scores[i]` answers item i (null = blank). */
export interface FixtureResponse {
  id: string;
  agency: string | null;
  division: string | null;
  type: string | null;
  date: string | null;
  scores: (number | null)[];
  comment: string | null;
}

/** Items: 执法规范 (Q1, Q2, weight 1 each → w = 1), 执法效率 (Q3 weight 2, Q4 weight 1 → w = 1.5), 总体评价 Q5 weight 0. */
export const ITEMS: FixtureItem[] = [
  { code: 'Q1', dimension: '执法规范', text: '亮证执法', weight: 1, overall: false },
  { code: 'Q2', dimension: '执法规范', text: '程序规范', weight: 1, overall: false },
  { code: 'Q3', dimension: '执法效率', text: '办理及时', weight: 2, overall: false },
  { code: 'Q4', dimension: '执法效率', text: '避免重复检查', weight: 1, overall: false },
  { code: 'Q5', dimension: '总体评价', text: '总体满意程度', weight: 0, overall: true },
];

const N = null;
/** Respondents (scores on the default map 100/80/60/30/0). */
export const RESPONSES: FixtureResponse[] = [
  { id: 'R01', agency: '甲局', division: '海州区', type: '企业', date: '2025-03-01', scores: [100, 80, 80, 60, 80], comment: '检查太频繁，重复检查影响经营，联系电话13812341234' },
  { id: 'R02', agency: '甲局', division: '海州区', type: '公众', date: '2025-03-02', scores: [80, 80, 60, 60, 80], comment: '执法人员态度很好' },
  { id: 'R03', agency: '甲局', division: '海州区', type: '企业', date: '2025-03-03', scores: [60, 80, 30, N, 60], comment: '办事拖延，效率不高' },
  { id: 'R04', agency: '甲局', division: '海州区', type: '公众', date: '2025-04-01', scores: [100, 100, 80, 80, 100], comment: null },
  { id: 'R05', agency: '甲局', division: '海州区', type: '律师', date: '2025-04-02', scores: [30, 60, 30, 0, 30], comment: '罚款过重，态度生硬' },
  { id: 'R06', agency: '乙局', division: '连云区', type: '企业', date: '2025-05-01', scores: [80, 60, 60, 80, 80], comment: null },
  { id: 'R07', agency: '乙局', division: '连云区', type: '公众', date: '2025-05-02', scores: [100, 80, 100, 80, 100], comment: '执法规范，很满意' },
  { id: 'R08', agency: '乙局', division: '连云区', type: '企业', date: '2025-05-03', scores: [60, 60, N, 60, 60], comment: '重复检查太多' },
  { id: 'R09', agency: '乙局', division: '连云区', type: '公众', date: '2025-06-01', scores: [80, 100, 80, 100, 100], comment: null },
  { id: 'R10', agency: '乙局', division: '连云区', type: '律师', date: null, scores: [30, 30, 0, 30, 0], comment: '态度差，拖延' },
  { id: 'R11', agency: '乙局', division: '连云区', type: '公众', date: '2025-06-02', scores: [N, N, N, N, 60], comment: null },
  { id: 'R12', agency: '甲局', division: '海州区', type: '企业', date: '2024-12-31', scores: [0, 0, 0, 0, 0], comment: '去年的问卷' },
  { id: 'R13', agency: '丙局', division: '连云区', type: '企业', date: '2025-07-01', scores: [30, 30, 30, 0, 0], comment: '多头检查，重复检查，企业负担重' },
  { id: 'R14', agency: '丙局', division: '连云区', type: '公众', date: '2025-07-02', scores: [0, 30, 30, 30, 30], comment: '态度生硬' },
  { id: 'R15', agency: '丙局', division: '连云区', type: '行政相对人', date: '2025-07-03', scores: [30, 0, N, 30, 0], comment: '  ' },
  { id: 'R16', agency: '丙局', division: '连云区', type: '行政相对人', date: '2025-07-04', scores: [30, 30, 0, 0, N], comment: null },
];

const LABEL: Record<number, string> = { 100: '非常满意', 80: '满意', 60: '基本满意', 30: '不满意', 0: '非常不满意' };

/** Writes items and responses into a workspace (batch 1); blank answers get no answer row, as the import does. */
export async function loadFixture(ws: Workspace, items: FixtureItem[] = ITEMS, responses: FixtureResponse[] = RESPONSES): Promise<void> {
  for (const it of items) {
    await exec(ws.conn, sql`INSERT INTO survey_item (item_code, dimension, text, weight, is_overall, batch_id) VALUES (${it.code}, ${it.dimension}, ${it.text}, ${it.weight}, ${it.overall}, 1)`);
  }
  for (const r of responses) {
    await exec(ws.conn, sql`INSERT INTO survey_response (response_id, respondent_type, agency, division, answered_on, comment, batch_id)
      VALUES (${r.id}, ${r.type}, ${r.agency}, ${r.division}, ${r.date}::DATE, ${r.comment}, 1)`);
    for (const [i, score] of r.scores.entries()) {
      if (score === null) continue;
      await exec(ws.conn, sql`INSERT INTO survey_answer (response_id, item_code, label, score, batch_id) VALUES (${r.id}, ${items[i].code}, ${LABEL[score] ?? String(score)}, ${score}, 1)`);
    }
  }
}

/** An in-memory workspace holding the fixture. */
export async function fixtureWorkspace(items?: FixtureItem[], responses?: FixtureResponse[]): Promise<Workspace> {
  const ws = await openMemoryWorkspace();
  await loadFixture(ws, items, responses);
  return ws;
}
