/**
 * Header dictionary for the division table analysts maintain (区划 · 人口 · 经营主体 · 街道).
 */

import { defineKind } from './define-kind.ts';

/** The division dictionary. */
export const DIVISION_DICTIONARY = defineKind('division', '行政区划', [
  {
    field: 'name', required: true,
    synonyms: ['区划名称', '区县', '名称', '行政区划', '区县名称', '地区', '地区名称', '行政区'],
    notContaining: ['所属', '上级', '代码'],
  },
  { field: 'parent', synonyms: ['上级', '所属', '上级区划', '上级单位', '上级地区', '上级区县'] },
  { field: 'population', synonyms: ['常住人口', '人口', '户籍人口', '人口数'] },
  { field: 'entities', synonyms: ['经营主体数', '市场主体数', '经营主体', '市场主体', '经营主体数量'] },
  {
    field: 'streets',
    synonyms: [
      '街道', '下辖街道/乡镇', '下辖街道', '街道乡镇', '乡镇街道', '下辖乡镇街道',
      '所辖镇(街道)', '所辖乡镇(街道)', '下辖镇(街道)', '下辖乡镇(街道)', '所辖街道', '所辖乡镇街道', '镇(街道)', '乡镇(街道)',
    ],
  },
]);
