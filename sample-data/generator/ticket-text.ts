/**
 * Free Chinese text of a 12345 ticket: where it happened (the division may appear only in the
 * address, or only the street may be known), what the caller said, who handled it and the reply.
 * Unplaced tickets name no division or street anywhere, so "could not be placed" is the truth.
 */

import type { Agency } from './agencies.ts';
import type { Division } from './geo.ts';
import { phoneNumber } from './names.ts';
import type { Rng } from './rng.ts';
import type { TicketCategory } from './ticket-categories.ts';

/** How much of the location an export row carries. */
export type Placement = 'full' | 'address' | 'street' | 'none';

const ROADS = ['人民路', '解放路', '建设路', '青年路', '和平路', '文化路', '振兴路', '民主路', '团结路', '学府路', '工业大道', '滨河路', '新华路', '花园路', '长江路'];
const OBJECTS = ['某超市', '一家小吃店', '某餐馆', '某便利店', '某企业', '某门店', '一家药店', '某物流公司'];
const REPLIES = [
  '经核实，反映问题属实，已责令当事人立即整改。',
  '经现场核查，未发现市民反映的问题，已向市民解释说明。',
  '已安排执法人员现场处理，后续将加强巡查。',
  '已与市民电话沟通，告知办理进度及相关政策。',
  '该问题已移交相关职能部门依法处理。',
];

/** Address text for a placement. */
export function addressText(rng: Rng, place: Division | null, street: string | null, placement: Placement): string {
  const tail = `${rng.pick(ROADS)}${rng.int(1, 399)}号`;
  if (placement === 'none' || !place || !street) return rng.chance(0.5) ? '' : '市民未提供具体地址';
  if (placement === 'street') return `${street}${tail}附近`;
  return `连云港市${place.name}${street}${tail}`;
}

/** What the caller said; mentions only the address the row carries. */
export function contentText(rng: Rng, cat: TicketCategory, address: string): string {
  const where = address === '' || address === '市民未提供具体地址' ? rng.pick(['某小区', '某路段', '家附近']) : address;
  let text = rng.pick(cat.texts).replaceAll('{addr}', where).replaceAll('{obj}', rng.pick(OBJECTS));
  if (rng.chance(0.5)) text += `来电号码${phoneNumber(rng)}。`;
  return text;
}

/** The unit that handled the ticket: the place's agency of the category's sector when there is one. */
export function handlingUnit(agencies: readonly Agency[], cat: TicketCategory, place: Division | null, parent: Division | null): string {
  if (!place) return '连云港市政务服务管理办公室';
  const local = (d: Division | null): Agency | undefined => (d ? agencies.find((a) => a.division === d.name && a.sector === cat.sector) : undefined);
  const hit = cat.sector ? local(place) ?? local(parent) : undefined;
  if (hit) return hit.name;
  if (place.kind === '功能区') return `${place.name}管理委员会`;
  return cat.sector === null && cat.l1 === '行政执法监督' ? `${place.name}司法局` : `${place.name}人民政府`;
}

/** 答复市民要点. */
export function replyText(rng: Rng): string {
  return rng.pick(REPLIES);
}
