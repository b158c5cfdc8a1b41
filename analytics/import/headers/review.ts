/**
 * Header dictionary for case-file review results (案卷评查, DOMAIN §5).
 */

import { defineKind } from './define-kind.ts';

/** The review dictionary. */
export const REVIEW_DICTIONARY = defineKind('review', '案卷评查', [
  { field: 'review_id', synonyms: ['评查编号', '评查序号'] },
  { field: 'year', synonyms: ['年度', '评查年度'] },
  { field: 'agency', required: true, synonyms: ['执法机关', '被评查单位', '被评查机关', '执法单位', '单位名称'], notContaining: ['代码'] },
  { field: 'case_no', synonyms: ['案卷编号', '案号', '案卷号', '案件编号', '文号', '案卷文号', '决定书文号', '案卷名称/文号', '案卷名称及文号'] },
  { field: 'case_type', synonyms: ['案卷类型', '案件类型', '案卷类别'] },
  // Under a merged 评查得分 header the final score is the 总分 column (beside 卷面分 / 内容分).
  { field: 'score', required: true, synonyms: ['得分', '评查得分', '分数', '评查分数', '总分', '评查总分', '总得分', '最终得分'] },
  { field: 'grade', synonyms: ['等次', '评查等次', '等级', '评查等级', '评查结果'] },
  { field: 'veto', synonyms: ['是否否决', '否决项', '是否一票否决'] },
]);
