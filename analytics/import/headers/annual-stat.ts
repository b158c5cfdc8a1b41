/**
 * Header dictionary for the annual enforcement statistics (行政执法统计年报, DOMAIN §4): one row per
 * agency, indicator columns under two-row merged headers. The indicator columns are read by
 * `match-indicator.ts`; these are the row-identifying fields.
 */

import { defineKind } from './define-kind.ts';

/** The annual statistics dictionary. */
export const ANNUAL_STAT_DICTIONARY = defineKind(
  'annual_stat',
  '执法统计年报',
  [
    {
      field: 'agency', required: true,
      synonyms: ['填报单位', '单位名称', '执法机关', '执法部门', '单位', '部门', '填报机关', '行政执法机关'],
      notContaining: ['代码', '编号'],
    },
    { field: 'year', synonyms: ['年度', '统计年度', '年份'] },
  ],
  { family: 'annual_indicators', label: '统计指标列（行政处罚/合计、行政检查/次数 …）', min: 2 },
);
