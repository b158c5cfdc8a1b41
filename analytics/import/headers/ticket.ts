/**
 * Header dictionary for hotline work orders (12345 / 12348). Export headers change from year to
 * year and a `12345` prefix comes and goes; the normaliser removes the prefix (DOMAIN §3).
 */

import { defineKind } from './define-kind.ts';

const LEVELS = ['一', '二', '三', '四', '五'];

/** `一级分类` … `五级分类` and the other ways exports spell a category level. */
function categoryLevel(level: number): { field: string; synonyms: string[] } {
  const zh = LEVELS[level - 1];
  return {
    field: `category_${level}`,
    synonyms: [`${zh}级分类`, `${zh}级类别`, `${zh}级目录`, `分类${zh}级`, `${level}级分类`, `${zh}级诉求分类`, `${zh}级业务分类`],
  };
}

/** The ticket dictionary. */
export const TICKET_DICTIONARY = defineKind('ticket', '12345工单', [
  { field: 'ticket_no', required: true, synonyms: ['工单编号', '工单号', '工单编码', '工单流水号', '受理编号'] },
  {
    field: 'received_at', required: true,
    synonyms: ['受理时间', '来电时间', '登记时间', '创建时间', '受理日期', '来电日期', '登记日期', '诉求时间'],
  },
  { field: 'source', synonyms: ['工单来源', '来源渠道', '来源', '受理渠道'] },
  { field: 'line', synonyms: ['热线', '热线号码', '热线名称'] },
  { field: 'address', synonyms: ['诉求地址', '事发地址', '地址', '事发地点', '问题地址'] },
  { field: 'appeal_type', synonyms: ['工单类型', '诉求类型', '诉求性质', '来电类型', '工单性质'] },
  // 12348 (公共法律服务) exports write 咨询内容 / 咨询事项 where 12345 writes 诉求内容.
  { field: 'content', synonyms: ['内容描述', '诉求内容', '工单内容', '来电内容', '问题描述', '诉求描述', '咨询内容', '咨询事项', '反映内容'] },
  { field: 'title', synonyms: ['标题', '诉求标题', '工单标题'] },
  { field: 'handling_unit', synonyms: ['主办单位', '承办单位', '处理单位', '办理单位', '责任单位'] },
  { field: 'reply', synonyms: ['答复市民要点', '办理结果', '答复内容', '处理结果', '办理情况', '回复内容'] },
  { field: 'street', synonyms: ['街道', '所属街道', '乡镇街道', '街道(乡镇)', '所属乡镇街道', '镇街'] },
  { field: 'division', synonyms: ['所属区县', '区县', '所属区域', '所属县区', '县区'] },
  categoryLevel(1), categoryLevel(2), categoryLevel(3), categoryLevel(4), categoryLevel(5),
  { field: 'category', synonyms: ['诉求分类', '业务分类', '问题分类', '工单分类', '问题类型', '问题类别', '咨询类别', '法律问题类型'] },
  { field: 'due_at', synonyms: ['办理时限', '办结时限', '截止时间', '办理期限', '到期时间'] },
  { field: 'closed_at', synonyms: ['办结时间', '完成时间', '结案时间', '办结日期'] },
  { field: 'resolved', synonyms: ['是否解决', '解决情况', '是否已解决'] },
  { field: 'satisfaction', synonyms: ['满意度', '回访满意度', '评价结果', '满意情况', '市民评价', '回访评价', '回访结果', '满意度评价', '群众评价'] },
]);
