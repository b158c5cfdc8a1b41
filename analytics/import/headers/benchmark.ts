/**
 * Header dictionary for discretion benchmarks (行政裁量权基准): the per-sector tables
 * `序号 · 违法行为 · 法律依据 · 处罚依据 · 违法程度 · 适用情形 · 处罚裁量标准` (DOMAIN §2).
 */

import { defineKind } from './define-kind.ts';

/** The benchmark dictionary. */
export const BENCHMARK_DICTIONARY = defineKind('benchmark', '裁量基准', [
  { field: 'seq', synonyms: ['序号', '编号'] },
  {
    field: 'violation_name', required: true,
    synonyms: ['违法行为', '违法行为名称', '违法行为类型', '违法行为表现'],
    notContaining: ['代码', '编码', '编号'],
  },
  { field: 'violation_code', synonyms: ['违法行为代码', '违法行为编码', '违法行为编号', '事项编码', '基准编号'] },
  { field: 'legal_basis', synonyms: ['法律依据', '违法依据', '违法条款', '违反条款', '设定依据', '法定依据'] },
  { field: 'basis', synonyms: ['处罚依据', '处罚条款'] },
  { field: 'tier', required: true, synonyms: ['违法程度', '违法情节', '裁量阶次', '情节', '裁量档次', '裁量等级', '情节程度'] },
  { field: 'condition', synonyms: ['适用情形', '具体情形', '情形', '适用条件', '裁量情形', '违法情形'] },
  {
    field: 'range_text', required: true,
    synonyms: ['处罚裁量标准', '裁量基准', '处罚标准', '裁量幅度', '处罚幅度', '裁量标准', '处罚裁量基准', '处罚基准', '具体标准', '处罚种类和幅度', '处罚种类及幅度'],
  },
  { field: 'effective_from', synonyms: ['生效日期', '施行日期', '实施日期', '生效时间'] },
  { field: 'effective_to', synonyms: ['失效日期', '废止日期', '截止日期', '失效时间'] },
  { field: 'authority', synonyms: ['制定机关', '发布机关', '制定单位', '发布单位'] },
  { field: 'sector', synonyms: ['执法领域', '所属领域', '行业领域', '领域'] },
]);
