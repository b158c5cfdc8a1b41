/**
 * Header dictionary for the agency table (执法机关 · 所属区县 · 执法领域).
 */

import { defineKind } from './define-kind.ts';

/** The agency dictionary. */
export const AGENCY_DICTIONARY = defineKind('agency', '执法机关', [
  {
    field: 'name', required: true,
    // 执法主体 is the legal term directories use (行政执法主体名录), 执法机关 the everyday one.
    synonyms: ['执法机关', '单位名称', '机关名称', '执法单位', '执法机关名称', '名称', '执法主体名称', '执法主体', '行政执法主体', '主体名称'],
    notContaining: ['代码', '编号', '所属', '上级'],
  },
  { field: 'division', synonyms: ['所属区县', '区划', '所属区划', '区县', '行政区划', '所属地区', '地区', '所在地区'] },
  { field: 'sector', synonyms: ['执法领域', '行业领域', '所属领域', '领域', '执法类别', '行业类别', '所属行业'] },
  { field: 'credit_code', synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', '机关统一社会信用代码'] },
]);
