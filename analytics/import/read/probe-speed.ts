/**
 * Speed probe (not a test): our streaming .xlsx reader against exceljs's streaming WorkbookReader on
 * the same 双公示-style workbook, each in its own child process so the peak RSS figures are separate.
 *
 *   npx tsx analytics/import/read/probe-speed.ts [--rows 200000] [--csv] [FILE.xlsx]
 *
 * Without FILE a workbook of `--rows` rows × 26 columns is generated once (exceljs WorkbookWriter with
 * shared strings) and cached under the OS temp folder. `--csv` also times the GB18030 CSV reader on
 * the same data.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, createWriteStream, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { openSource } from './open-source.ts';

const HEADERS = [
  '行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '行政相对人代码_2(工商注册号)', '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)', '行政相对人代码_5(事业单位证书号)', '行政相对人代码_6(社会组织登记证号)', '法定代表人',
  '法定代表人身份证号', '行政处罚决定书文号', '违法行为类型', '违法事实', '处罚依据', '处罚类别', '处罚内容',
  '罚款金额(万元)', '没收违法所得、没收非法财物的金额(万元)', '暂扣或吊销证照名称及编号', '处罚决定日期', '处罚有效期',
  '公示截止期', '处罚机关', '处罚机关统一社会信用代码', '数据来源单位', '数据来源单位统一社会信用代码', '备注',
];
const AGENCIES = ['连云港市市场监督管理局', '海州区市场监督管理局', '连云港市生态环境局', '赣榆区城市管理局', '东海县交通运输局'];
const VIOLATIONS = ['未按规定公示年度报告', '销售不符合食品安全标准的食品', '超标排放大气污染物', '违规占道经营', '超限运输'];

/** Deterministic row `i` of the synthetic 双公示 table. */
function makeRow(i: number): (string | number | Date | null)[] {
  const a = i % AGENCIES.length;
  const code = `91320700${String(100000000 + i).slice(-9)}X`;
  const day = new Date(Date.UTC(2024, 0, 1) + (i % 366) * 86_400_000);
  return [
    `连云港某某商贸有限公司${i}`, code, null, null, null, null, null, `张${i % 97}`, null,
    `连市监罚〔2024〕${i}号`, VIOLATIONS[i % VIOLATIONS.length], `当事人于2024年存在${VIOLATIONS[i % 5]}的行为`,
    '《中华人民共和国食品安全法》第一百二十四条', i % 3 === 0 ? '警告;罚款' : '罚款', '罚款人民币伍仟元',
    (i % 50) / 10, i % 7 === 0 ? 0.25 : 0, null, day, day, day, AGENCIES[a], '11320700MB1234567X',
    AGENCIES[a], '11320700MB1234567X', i % 11 === 0 ? '无' : null,
  ];
}

async function generate(path: string, rows: number): Promise<void> {
  const tmp = `${path}.part`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('双公示');
  ws.columns = HEADERS.map((h, i) => ({ header: h, key: `c${i}`, style: i === 18 || i === 19 || i === 20 ? { numFmt: 'yyyy-mm-dd' } : {} }));
  for (let i = 1; i <= rows; i++) ws.addRow(makeRow(i)).commit();
  ws.commit();
  await wb.commit();
  renameSync(tmp, path);
}

async function generateCsv(path: string, rows: number): Promise<void> {
  const tmp = `${path}.part`;
  const out = createWriteStream(tmp);
  const q = (v: unknown) => {
    if (v === null) return '';
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  let buf = HEADERS.join(',') + '\r\n';
  for (let i = 1; i <= rows; i++) {
    buf += makeRow(i).map(q).join(',') + '\r\n';
    if (buf.length > 1 << 20 || i === rows) {
      if (!out.write(iconv.encode(buf, 'gb18030'))) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
  renameSync(tmp, path);
}

async function measureOurs(path: string): Promise<{ rows: number; cells: number }> {
  const src = await openSource(path);
  let rows = 0;
  let cells = 0;
  for (const sheet of src.sheets) {
    for await (const batch of sheet.rows()) {
      for (const r of batch) {
        rows++;
        for (const c of r.cells) if (c !== null) cells++;
      }
    }
  }
  await src.close();
  return { rows, cells };
}

async function measureExceljs(path: string): Promise<{ rows: number; cells: number }> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', styles: 'cache', worksheets: 'emit' });
  let rows = 0;
  let cells = 0;
  for await (const ws of reader) {
    for await (const row of ws as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const v = row.values as unknown[];
      for (let i = 1; i < v.length; i++) if (v[i] != null) cells++;
    }
  }
  return { rows, cells };
}

async function child(mode: string, path: string): Promise<void> {
  const t0 = performance.now();
  const r = mode === 'exceljs' ? await measureExceljs(path) : await measureOurs(path);
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ mode, ...r, seconds, peakMb }) + '\n');
}

function runChild(mode: string, path: string): { rows: number; seconds: number; peakMb: number } {
  const script = fileURLToPath(import.meta.url);
  const res = spawnSync(process.execPath, [...process.execArgv, script, '--child', mode, path], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (res.status !== 0) throw new Error(`${mode} failed: ${res.stderr}`);
  return JSON.parse(res.stdout.trim().split('\n').pop()!);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === '--child') return child(args[1], args[2]);
  const rowsArg = args.indexOf('--rows');
  const rows = rowsArg >= 0 ? Number(args[rowsArg + 1]) : 200_000;
  const withCsv = args.includes('--csv');
  const given = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rows');
  const path = given ?? join(tmpdir(), `probe-speed-${rows}.xlsx`);
  if (!given && !existsSync(path)) {
    console.log(`generating ${rows} rows → ${path}`);
    const t = performance.now();
    await generate(path, rows);
    console.log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  console.log(`file: ${path} (${(statSync(path).size / 1024 ** 2).toFixed(1)} MB)`);
  const ours = runChild('ours', path);
  const theirs = runChild('exceljs', path);
  const line = (name: string, r: { rows: number; seconds: number; peakMb: number }) =>
    console.log(`${name.padEnd(10)} ${r.rows} rows  ${r.seconds.toFixed(2)} s  ${Math.round(r.rows / r.seconds)} rows/s  peak RSS ${Math.round(r.peakMb)} MB`);
  line('ours', ours);
  line('exceljs', theirs);
  console.log(`ratio (exceljs time / ours): ${(theirs.seconds / ours.seconds).toFixed(1)}×`);
  if (withCsv) {
    const csv = join(tmpdir(), `probe-speed-${rows}.gb18030.csv`);
    if (!existsSync(csv)) await generateCsv(csv, rows);
    line('csv gbk', runChild('ours', csv));
  }
}

await main();
