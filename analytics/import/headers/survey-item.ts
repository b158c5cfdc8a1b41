/**
 * Header dictionary for the survey items sheet (题号 · 维度 · 题目 · 权重, DOMAIN §6).
 */

import { defineKind } from './define-kind.ts';

/** The survey items dictionary. */
export const SURVEY_ITEM_DICTIONARY = defineKind('survey_item', '问卷题目', [
  { field: 'item_code', required: true, synonyms: ['题号', '题目编号', '题目代码', '指标编号'] },
  { field: 'dimension', required: true, synonyms: ['维度', '评价维度', '所属维度', '一级指标'] },
  { field: 'text', synonyms: ['题目', '题目内容', '问题', '题干', '评价内容'] },
  { field: 'weight', synonyms: ['权重', '题目权重'] },
]);
