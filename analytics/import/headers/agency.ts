/**
 * Header dictionary for the agency table (执法机关 · 所属区县 · 执法领域).
 */

import { defineKind } from './define-kind.ts';

/** The agency dictionary. */
export const AGENCY_DICTIONARY = defineKind('agency', '执法机关', [
  {
    field: 'name', required: true,
    synonyms: ['执法机关', '单位名称', '机关名称', '执法单位', '执法机关名称', '名称'],
    notContaining: ['代码', '编号', '所属', '上级'],
  },
  { field: 'division', synonyms: ['所属区县', '区划', '所属区划', '区县', '行政区划'] },
  { field: 'sector', synonyms: ['执法领域', '行业领域', '所属领域', '领域', '执法类别'] },
]);
