/**
 * Header dictionary for survey responses (one row per respondent). Besides these fields a response
 * sheet carries one column per item (`Q1`, `第1题`, `1、…`), recognised by `survey-items.ts`.
 */

import { defineKind } from './define-kind.ts';

/** The survey response dictionary. */
export const SURVEY_DICTIONARY = defineKind(
  'survey',
  '满意度调查问卷',
  [
    { field: 'response_id', synonyms: ['编号', '问卷编号', '答卷编号', '答卷序号', '问卷序号'] },
    { field: 'respondent_type', synonyms: ['受访者类型', '调查对象类型', '身份', '受访者身份', '调查对象', '您的身份'] },
    { field: 'agency', synonyms: ['被评价单位', '执法机关', '被评价机关', '评价对象', '被评价部门', '执法部门'], notContaining: ['代码'] },
    { field: 'division', synonyms: ['所属区县', '区县', '所在区县'] },
    // 提交答卷时间 is the 问卷星 export's column.
    { field: 'answered_on', synonyms: ['填报日期', '调查日期', '填写日期', '答卷日期', '提交时间', '答题时间', '提交答卷时间'] },
    { field: 'comment', synonyms: ['意见建议', '其他意见', '意见和建议', '其他意见建议', '您的意见建议'] },
  ],
  { family: 'survey_items', label: '题目列（Q1、第1题、1、…）', min: 2 },
);
