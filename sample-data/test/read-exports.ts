/** Test-side readers of each export kind (independent of the generator's internals). */

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LIANYUNGANG_DIVISIONS } from '../../analytics/workspace/seed-divisions.ts';
import { header, readCsv, readWorkbook, toDate, toNum, toText, toTime, wanToYuan, type Val } from './read-sheets.ts';

/** A penalty decision as read back. */
export interface CaseRow {
  file: string; decisionNo: string; agency: string; partyType: string; creditCode: string | null; idNumber: string | null;
  code: string; tier: string | null; procedure: '简易' | '普通'; fine: number; confiscation: number;
  gain: number | null; goods: number | null; date: string; categories: string[]; revoked: boolean;
}

const splitCats = (s: string | null): string[] => (s ? s.split(/[；;,，]/).map((x) => x.trim()).filter(Boolean) : []);

async function files(dir: string, re: RegExp): Promise<string[]> {
  return (await readdir(dir)).filter((n) => re.test(n)).sort();
}

/** Every penalty row of the 双公示 workbooks and case-system CSVs. */
export async function readPenalties(dir: string): Promise<CaseRow[]> {
  const out: CaseRow[] = [];
  for (const f of await files(dir, /^行政处罚_双公示_.*\.xlsx$/)) {
    for (const [sheet, rows] of await readWorkbook(join(dir, f))) {
      const h = header(rows, ['行政处罚决定书文号', '处罚决定日期']);
      const hdr = rows[h.at].map((v) => String(v ?? ''));
      const find = (re: RegExp): number => hdr.findIndex((x) => re.test(x));
      const cFine = find(/^罚款金额[(（]万元[)）]$/);
      const cConf = find(/^没收违法所得、没收非法财物的金额[(（]万元[)）]$/);
      const cGain = find(/^违法所得[(（]万元[)）]$/);
      const cGoods = find(/^货值金额[(（]万元[)）]$/);
      const codeCol = sheet === '自然人' ? -1 : h.col('行政相对人代码_1(统一社会信用代码)');
      for (const r of rows.slice(h.at + 1)) {
        if (!r.some((v) => v !== null)) continue;
        const g = (c: number): Val => (c >= 0 ? r[c] ?? null : null);
        out.push({
          file: f, decisionNo: String(g(h.col('行政处罚决定书文号'))), agency: String(g(h.col('处罚机关'))),
          partyType: String(g(h.col('行政相对人类别'))), creditCode: toText(g(codeCol)),
          idNumber: sheet === '自然人' ? toText(g(h.col('证件号码'))) : null,
          code: String(g(h.col('违法行为代码'))), tier: toText(g(h.col('裁量阶次'))),
          procedure: String(g(h.col('程序类型'))).startsWith('简易') ? '简易' : '普通',
          fine: wanToYuan(toNum(g(cFine))) ?? 0, confiscation: wanToYuan(toNum(g(cConf))) ?? 0,
          gain: wanToYuan(toNum(g(cGain))), goods: wanToYuan(toNum(g(cGoods))), date: toDate(g(h.col('处罚决定日期'))),
          categories: splitCats(toText(g(h.col('处罚类别')))), revoked: g(h.col('公示状态')) === '撤销',
        });
      }
    }
  }
  for (const f of await files(dir, /^行政处罚_案件系统导出_.*\.csv$/)) {
    const [hdr, ...rows] = await readCsv(join(dir, f));
    const c = (name: string): number => hdr.indexOf(name);
    for (const r of rows) {
      const n = (name: string): number | null => (r[c(name)] === '' ? null : Number(r[c(name)]));
      out.push({
        file: f, decisionNo: r[c('案件编号')], agency: r[c('执法机关')], partyType: r[c('当事人类型')],
        creditCode: r[c('统一社会信用代码')] || null, idNumber: r[c('证件号码')] || null, code: r[c('违法行为代码')],
        tier: r[c('裁量阶次')] || null, procedure: r[c('程序类型')] === '简易' ? '简易' : '普通',
        fine: n('罚款金额（元）') ?? 0, confiscation: n('没收金额（元）') ?? 0, gain: n('违法所得（元）'), goods: n('货值金额（元）'),
        date: toDate(r[c('决定日期')]), categories: splitCats(r[c('处罚类别')]), revoked: false,
      });
    }
  }
  return out;
}

/** A benchmark rule row. */
export interface RuleRow { code: string; tier: string; text: string; from: string; to: string | null }

/** Benchmark rows; blank (merged-away) violation cells are filled down. */
export async function readBenchmarks(dir: string): Promise<RuleRow[]> {
  const out: RuleRow[] = [];
  for (const f of await files(dir, /^裁量基准_.*\.xlsx$/)) {
    for (const [, rows] of await readWorkbook(join(dir, f))) {
      const h = header(rows, ['违法行为代码', '处罚裁量标准']);
      let code = '';
      for (const r of rows.slice(h.at + 1)) {
        code = toText(r[h.col('违法行为代码')]) ?? code;
        const to = r[h.col('失效日期')] ?? null;
        out.push({ code, tier: String(r[h.col('违法程度')]), text: String(r[h.col('处罚裁量标准')]), from: toDate(r[h.col('生效日期')]), to: to === null ? null : toDate(to) });
      }
    }
  }
  return out;
}

/** A ticket as read back, with its place inferred the way DOMAIN §3 says. */
export interface TicketRow { year: number; receivedAt: Date; rawType: string; type: string; category: string; division: string | null }

const TYPES: Record<string, string> = { 投诉: '投诉', 举报: '举报', 投诉举报类: '投诉', 咨询: '咨询', 建议: '建议', 建议批评: '建议', 求助: '求助', 求助类: '求助', 其他: '其他' };
const DIVISION_NAMES = LIANYUNGANG_DIVISIONS.filter((d) => d.kind !== '市本级').map((d) => d.name).sort((a, b) => b.length - a.length);

function place(division: string | null, address: string | null, street: string | null): string | null {
  if (division) return division;
  const hit = address ? DIVISION_NAMES.find((d) => address.includes(d)) : undefined;
  if (hit) return hit;
  for (const d of LIANYUNGANG_DIVISIONS) for (const s of d.streets) if (street === s || (address && address.includes(s))) return d.name;
  return null;
}

/** Tickets of both years. */
export async function readTickets(dir: string): Promise<TicketRow[]> {
  const out: TicketRow[] = [];
  for (const f of await files(dir, /^12345工单_\d{4}\.xlsx$/)) {
    const rows = [...(await readWorkbook(join(dir, f))).values()][0];
    const prior = rows.some((r) => r[0] === '12345工单编号');
    const p = prior ? '12345' : '';
    const h = header(rows, [`${p}工单编号`]);
    const get = (r: Val[], name: string): string | null => {
      const hdr = rows[h.at];
      const i = hdr.indexOf(name);
      return i < 0 ? null : toText(r[i] ?? null);
    };
    for (const r of rows.slice(h.at + 1)) {
      const receivedAt = toTime(r[h.col(prior ? '12345受理时间' : '来电时间')]);
      const rawType = String(r[h.col(prior ? '12345工单类型' : '诉求类型')]);
      const levels = ['一级分类', '二级分类', '三级分类', '四级分类'].map((n) => get(r, n)).filter((x): x is string => x !== null);
      out.push({
        year: receivedAt.getUTCFullYear(), receivedAt, rawType, type: TYPES[rawType], category: levels[levels.length - 1],
        division: place(get(r, '所属区县'), get(r, prior ? '12345诉求地址' : '事发地址'), get(r, prior ? '街道' : '所属街道')),
      });
    }
  }
  return out;
}

/** Inspections. */
export async function readInspections(dir: string): Promise<{ agency: string; code: string | null; name: string; date: string }[]> {
  const [f] = await files(dir, /^行政检查记录_\d{4}\.xlsx$/);
  const rows = [...(await readWorkbook(join(dir, f))).values()][0];
  const h = header(rows, ['检查编号', '检查日期']);
  return rows.slice(h.at + 1).map((r) => ({
    agency: String(r[h.col('执法机关')]), code: toText(r[h.col('统一社会信用代码')] ?? null), name: String(r[h.col('检查对象')]),
    date: toDate(r[h.col('检查日期')]),
  }));
}

/** Case reviews. */
export async function readReviews(dir: string): Promise<{ score: number; veto: boolean; grade: string }[]> {
  const [f] = await files(dir, /^案卷评查结果_\d{4}\.xlsx$/);
  const rows = [...(await readWorkbook(join(dir, f))).values()][0];
  const h = header(rows, ['评查编号', '是否否决']);
  return rows.slice(h.at + 1).map((r) => ({ score: Number(r[h.col('得分')]), veto: r[h.col('是否否决')] === '是', grade: String(r[h.col('等次')]) }));
}

/** Survey answers and items. */
export async function readSurvey(dir: string): Promise<{ items: { code: string; dimension: string; weight: number }[]; responses: { agency: string; answers: Record<string, string | null>; comment: string | null }[] }> {
  const [f] = await files(dir, /^执法满意度调查_\d{4}\.xlsx$/);
  const wb = await readWorkbook(join(dir, f));
  const itemRows = wb.get('题目')!;
  const ih = header(itemRows, ['题号', '权重']);
  const items = itemRows.slice(ih.at + 1).map((r) => ({ code: String(r[ih.col('题号')]), dimension: String(r[ih.col('维度')]), weight: Number(r[ih.col('权重')]) }));
  const rows = wb.get('答卷')!;
  const h = header(rows, ['编号', '被评价单位']);
  const responses = rows.slice(h.at + 1).map((r) => ({
    agency: String(r[h.col('被评价单位')]),
    answers: Object.fromEntries(items.map((q) => [q.code, toText(r[h.col(q.code)] ?? null)])),
    comment: toText(r[h.col('意见建议')] ?? null),
  }));
  return { items, responses };
}

/** Annual statistics: reported values per agency and indicator code (money converted to 元). */
export async function readAnnual(dir: string): Promise<Map<string, Record<string, number>>> {
  const [f] = await files(dir, /^行政执法统计年报_\d{4}\.xlsx$/);
  const rows = [...(await readWorkbook(join(dir, f))).values()][0];
  const top = rows.findIndex((r) => r[0] === '填报单位');
  const sub = rows[top + 1].map((v) => String(v ?? ''));
  const codes: Record<string, string> = {
    '警告、通报批评': 'penalty_warning', 罚款: 'penalty_fine', 没收: 'penalty_confiscation', '暂扣/降级': 'penalty_suspend_license',
    吊销: 'penalty_revoke_license', 限制经营: 'penalty_restrict', '停产停业/关闭/限制从业': 'penalty_stop_close', 拘留: 'penalty_detention',
    其他: 'penalty_other', 合计: 'penalty_total', '罚没金额（万元）': 'penalty_amount_yuan', 检查次数: 'inspection_total',
  };
  const out = new Map<string, Record<string, number>>();
  for (const r of rows.slice(top + 2)) {
    if (r[0] === '合计' || r[0] === null) continue;
    const rec: Record<string, number> = {};
    sub.forEach((label, i) => {
      const code = codes[label];
      if (!code) return;
      const v = Number(r[i]);
      rec[code] = code === 'penalty_amount_yuan' ? wanToYuan(v)! : v;
    });
    out.set(String(r[0]), rec);
  }
  return out;
}
