/**
 * Small real-shaped export files written by the tests (exceljs for .xlsx, iconv-lite for GBK /
 * UTF-16 text), so each test states exactly what the file holds.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { writeFileSync } from 'node:fs';

/** Cell values of a sheet, row by row (null = empty cell). */
export type Rows = (string | number | Date | null)[][];

/**
 * Writes an .xlsx with one sheet per entry; `merges` like 'A1:H1'; `formulas` puts a formula saved
 * without a result (as generators that do not calculate write it) into a cell: `{ E3: '1000*2' }`.
 */
export async function writeXlsx(
  path: string, sheets: { name: string; rows: Rows; merges?: string[]; hidden?: boolean; formulas?: Record<string, string> }[],
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.hidden ? 'hidden' : 'visible' });
    for (const r of s.rows) ws.addRow(r.map((v) => (v === null ? undefined : v)));
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const [ref, formula] of Object.entries(s.formulas ?? {})) ws.getCell(ref).value = { formula, date1904: false };
  }
  await wb.xlsx.writeFile(path);
}

function csvText(rows: Rows, sep: string): string {
  return rows
    .map((r) => r.map((v) => {
      const s = v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
      return /[",\n\t]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
    }).join(sep))
    .join('\r\n') + '\r\n';
}

/** Writes a CSV in the given encoding ('utf8', 'utf8-bom', 'gb18030', 'utf16le' with BOM and tabs). */
export function writeCsv(path: string, rows: Rows, encoding: 'utf8' | 'utf8-bom' | 'gb18030' | 'utf16le'): void {
  if (encoding === 'utf16le') {
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(csvText(rows, '\t'), 'utf16le')]));
  } else if (encoding === 'gb18030') {
    writeFileSync(path, iconv.encode(csvText(rows, ','), 'gb18030'));
  } else {
    writeFileSync(path, (encoding === 'utf8-bom' ? '\ufeff' : '') + csvText(rows, ','));
  }
}

/** The 双公示 legal-person header (DOMAIN §1), in order. */
export const SHUANG_GONGSHI_HEADER = [
  '行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)', '法定代表人',
  '法定代表人身份证号', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额(万元)', '没收违法所得、没收非法财物的金额(万元)', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];

/** A 双公示 row with the given essentials, other columns plausible. */
export function shuangGongshiRow(o: { party: string; code?: string; no: string; category: string; fineWan: number | string | null; confWan?: number | string | null; date: string | number | Date; agency: string; note?: string }): (string | number | Date | null)[] {
  return [
    o.party, o.code ?? null, null, null, null, null, null, '法人', null, o.no, '销售不合格产品', '经查……', '《产品质量法》第四十九条',
    o.category, '罚款', o.fineWan, o.confWan ?? null, null, o.date, null, null, o.agency, '11320700MB0000000X', o.agency, null, o.note ?? null,
  ];
}
