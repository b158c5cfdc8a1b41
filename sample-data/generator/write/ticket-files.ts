/**
 * 12345 exports. The prior year uses the older system's headers (`12345` prefix, 12345受理时间 and
 * 办结时间 / 办理时限 as Excel serial numbers with fractional days, no division column: only the
 * address and 街道). The current year uses the newer headers (来电时间 as a real datetime cell,
 * 所属区县 sometimes blank, times as text) under a title row.
 */

import { join } from 'node:path';
import { excelSerial, formatDateTime } from '../calendar.ts';
import type { Ticket } from '../tickets.ts';
import { writeXlsx, type Cell } from '../xlsx.ts';
import type { WrittenFile } from './types.ts';

export const PRIOR_TICKET_HEADER = [
  '12345工单编号', '12345受理时间', '12345工单来源', '12345诉求地址', '12345工单类型', '12345内容描述', '主办单位', '答复市民要点',
  '街道', '一级分类', '二级分类', '三级分类', '办结时间', '办理时限', '是否解决', '满意度',
];
export const CURRENT_TICKET_HEADER = [
  '工单编号', '来电时间', '诉求类型', '诉求内容', '所属区县', '所属街道', '事发地址', '承办单位', '一级分类', '二级分类', '三级分类',
  '四级分类', '办理时限', '办结时间', '是否解决', '满意度',
];

function priorRow(t: Ticket): Cell[] {
  return [
    t.no, excelSerial(t.receivedAt), t.source, t.address || null, t.rawType, t.content, t.handlingUnit, t.closedAt ? t.reply : null,
    t.placement === 'full' || t.placement === 'street' ? t.street : null, t.cat.l1, t.cat.l2, t.cat.l3,
    t.closedAt ? excelSerial(t.closedAt) : null, excelSerial(t.dueAt), t.resolved || null, t.satisfaction || null,
  ];
}

function currentRow(t: Ticket): Cell[] {
  return [
    t.no, t.receivedAt, t.rawType, t.content, t.placement === 'full' ? t.division : null,
    t.placement === 'full' || t.placement === 'street' ? t.street : null, t.address || null, t.handlingUnit,
    t.cat.l1, t.cat.l2, t.cat.l3, null, formatDateTime(t.dueAt), t.closedAt ? formatDateTime(t.closedAt) : null,
    t.resolved || null, t.satisfaction || null,
  ];
}

/** Write both years' ticket exports. */
export async function writeTicketFiles(outDir: string, tickets: Ticket[], year: number): Promise<WrittenFile[]> {
  const prior = tickets.filter((t) => t.year === year - 1);
  const cur = tickets.filter((t) => t.year === year);
  const widths = (n: number): number[] => Array.from({ length: n }, (_, i) => (i === 3 || i === 5 ? 50 : 18));
  const priorFile = `12345工单_${year - 1}.xlsx`;
  const curFile = `12345工单_${year}.xlsx`;
  const b1 = await writeXlsx(join(outDir, priorFile), [{
    name: '工单明细', rows: [PRIOR_TICKET_HEADER, ...prior.map(priorRow)], boldRows: [1], widths: widths(PRIOR_TICKET_HEADER.length),
  }], year);
  const b2 = await writeXlsx(join(outDir, curFile), [{
    name: '工单明细', rows: [[`连云港市12345政务服务便民热线工单明细（${year}年1月1日至${year}年12月31日）`], CURRENT_TICKET_HEADER, ...cur.map(currentRow)],
    merges: ['A1:P1'], boldRows: [1, 2], widths: widths(CURRENT_TICKET_HEADER.length),
  }], year + 1);
  return [
    { file: priorFile, kind: 'ticket', sheet: '工单明细', rows: prior.length, bytes: b1, year: year - 1 },
    { file: curFile, kind: 'ticket', sheet: '工单明细', rows: cur.length, bytes: b2, year },
  ];
}
