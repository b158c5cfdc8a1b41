/**
 * Header dictionary for inspection records (行政检查), as exported by the inspection platforms.
 */

import { defineKind } from './define-kind.ts';

/** The inspection dictionary. */
export const INSPECTION_DICTIONARY = defineKind('inspection', '行政检查', [
  { field: 'inspection_id', synonyms: ['检查编号', '检查记录编号', '检查单号', '检查任务编号'] },
  {
    field: 'agency', required: true,
    synonyms: ['执法机关', '检查机关', '实施机关', '检查单位', '实施检查机关', '执法单位'],
    notContaining: ['代码', '编号'],
  },
  {
    field: 'target_name', required: true,
    // Platforms that share the 双公示 vocabulary name the target 行政相对人.
    synonyms: ['检查对象', '被检查对象', '检查对象名称', '被检查单位', '被检查人', '被检查对象名称', '行政相对人名称', '相对人名称', '被检查人名称', '被检查主体'],
    notContaining: ['代码', '编号', '类型'],
  },
  { field: 'target_credit_code', synonyms: ['统一社会信用代码', '检查对象统一社会信用代码', '社会信用代码', '信用代码'], notContaining: ['机关'] },
  { field: 'inspected_on', required: true, synonyms: ['检查日期', '检查时间', '实施检查日期', '检查开始日期'] },
  { field: 'mode', synonyms: ['检查方式', '检查类型', '检查形式', '检查类别'] },
  { field: 'division', synonyms: ['所属区县', '区县', '行政区划'] },
  { field: 'found_problem', synonyms: ['是否发现问题', '检查结果', '发现问题', '检查结论', '是否存在问题'] },
]);
