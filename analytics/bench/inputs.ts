/**
 * Benchmark inputs, generated once and cached under the OS temp folder: a 双公示-style penalty
 * export of N rows × 26 columns as .xlsx (exceljs streaming writer, shared strings — the shape real
 * exports have), as a GB18030 CSV and as its UTF-8 twin.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

const HEADER = [
  '行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)', '法定代表人',
  '法定代表人身份证号', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额(万元)', '没收违法所得、没收非法财物的金额(万元)', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];
const AGENCIES = ['连云港市市场监督管理局', '海州区市场监督管理局', '连云区生态环境局', '赣榆区城市管理局', '东海县交通运输局', '灌云县应急管理局', '灌南县卫生健康委员会'];
const VIOLATIONS = ['销售不合格产品', '未按规定公示信息', '超标排放大气污染物', '占道经营', '超限运输', '未按规定开展安全培训', '无证行医'];
const CATS = ['罚款', '警告,罚款', '罚款；没收违法所得', '罚款', '罚款', '通报批评'];

/** One deterministic row of the benchmark export (fine in 万元). */
export function benchRow(i: number): (string | number)[] {
  const a = AGENCIES[i % AGENCIES.length];
  const month = 1 + (i % 12);
  const day = 1 + (i % 28);
  return [
    `连云港市某某${i % 50000}号商贸有限公司`, `913207${String(100000000000 + i).slice(-12)}`, '', '', '', '', '', `法人${i % 997}`, '',
    `连罚〔2025〕${i}号`, VIOLATIONS[i % VIOLATIONS.length], `经查，当事人于2025年${month}月存在违法行为（编号${i}）`,
    '《中华人民共和国产品质量法》第四十九条', CATS[i % CATS.length], '罚款', ((i * 37) % 5000) / 100, i % 7 === 0 ? 0.12 : 0, '',
    `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, '2026-12-31', '2026-12-31', a, '11320700MB0000000X', a,
    '11320700MB0000000X', '',
  ];
}

function dir(): string {
  const d = join(tmpdir(), 'supervise-bench');
  mkdirSync(d, { recursive: true });
  return d;
}

/** The cached .xlsx of `rows` rows (written on first use). */
export async function benchXlsx(rows: number, onProgress?: (n: number) => void): Promise<string> {
  const path = join(dir(), `penalty-${rows}.xlsx`);
  if (existsSync(path)) return path;
  const tmp = `${path}.${process.pid}.tmp`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: false });
  const ws = wb.addWorksheet('行政处罚');
  ws.addRow(['连云港市行政处罚信息公示（2025年度）']).commit();
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    ws.addRow(benchRow(i)).commit();
    if (i % 100_000 === 0) onProgress?.(i);
  }
  await wb.commit();
  renameSync(tmp, path);
  return path;
}

/** The cached CSVs of `rows` rows: `{ gbk, utf8 }` with identical content. */
export async function benchCsv(rows: number): Promise<{ gbk: string; utf8: string }> {
  const gbk = join(dir(), `penalty-${rows}.gbk.csv`);
  const utf8 = join(dir(), `penalty-${rows}.utf8.csv`);
  if (existsSync(gbk) && existsSync(utf8)) return { gbk, utf8 };
  const header = HEADER.map((h) => h.replace('(万元)', '（元）')).join(',');
  const outs = [createWriteStream(`${gbk}.tmp`), createWriteStream(`${utf8}.tmp`)];
  // Listen for both drains before awaiting either: the second stream may drain while we wait on the first.
  const write = async (line: string) => {
    const waits = [];
    if (!outs[0].write(iconv.encode(line, 'gb18030'))) waits.push(once(outs[0], 'drain'));
    if (!outs[1].write(line)) waits.push(once(outs[1], 'drain'));
    await Promise.all(waits);
  };
  await write(header + '\n');
  let chunk = '';
  for (let i = 0; i < rows; i++) {
    const r = benchRow(i);
    r[15] = Math.round((r[15] as number) * 10000);
    r[16] = Math.round((r[16] as number) * 10000);
    chunk += r.map((v) => (typeof v === 'string' && /[",]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(',') + '\n';
    if (i % 5000 === 4999) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  for (const o of outs) {
    o.end();
    await once(o, 'close');
  }
  renameSync(`${gbk}.tmp`, gbk);
  renameSync(`${utf8}.tmp`, utf8);
  return { gbk, utf8 };
}
