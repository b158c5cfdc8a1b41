/**
 * Reading a worksheet on a worker thread must be indistinguishable from reading it here: the same
 * rows with the same cell types, the same errors with the same messages, and a prompt stop on abort
 * or when the consumer stops early.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../read/open-source.ts';
import { sheetWorkerStats } from '../../read/sheet-worker-client.ts';
import { sharedStringsWorkerStats } from '../../read/shared-strings-client.ts';
import { SHEET_WORKER_MIN_BYTES, sheetWorkerMinBytes } from '../../read/limits.ts';
import { buildZip, sheetXml, workbookParts } from './zip-builder.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const EXPORTS = join(import.meta.dirname, '../../../../sample-data/exports');
const inWorker = { sheetWorkerMinBytes: 0 };
const here = { sheetWorkerMinBytes: Infinity };

describe('worksheets read on a worker thread', () => {
  it('yields exactly the rows of the in-thread reader for every sample workbook sheet (dates, numbers, text)', async () => {
    const started = sheetWorkerStats.started;
    const files = readdirSync(EXPORTS).filter((f) => f.endsWith('.xlsx')).slice(0, 6);
    files.push('执法满意度调查_2025.xlsx', '行政执法统计年报_2025.xlsx');
    for (const f of files) {
      const path = join(EXPORTS, f);
      const [a, b] = [await openSource(path, here), await openSource(path, inWorker)];
      expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
      for (let i = 0; i < a.sheets.length; i++) {
        const [x, y] = [await allRows(a.sheets[i]), await allRows(b.sheets[i])];
        expect(y.length, f).toBeGreaterThan(0);
        expect(y, `${f} / ${a.sheets[i].name}`).toEqual(x);
      }
    }
    // Really on workers, not the fallback.
    expect(sheetWorkerStats.fallbacks).toBe(0);
    expect(sheetWorkerStats.started - started).toBeGreaterThanOrEqual(files.length);
  });

  it('reports a damaged sheet with the message the in-thread reader gives', async () => {
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }] });
    parts.find((p) => p.name.endsWith('sheet1.xml'))!.crc = 1;
    const path = tmp.file('crc-sheet.xlsx');
    writeFileSync(path, buildZip(parts));
    const e = await rejection(allRows((await openSource(path, inWorker)).sheets[0]));
    expect(e.name).toBe('ReadError');
    expect(e.message).toBe('文件 "crc-sheet.xlsx" 已损坏（压缩包中的 "xl/worksheets/sheet1.xml" 校验和不符，内容可能已被破坏）');
  });

  it('stops on abort and when the consumer leaves early', async () => {
    const path = join(EXPORTS, '12345工单_2025.xlsx');
    const ac = new AbortController();
    const src = await openSource(path, inWorker);
    let batches = 0;
    const read = (async () => {
      for await (const _ of src.sheets[0].rows(ac.signal)) if (++batches === 1) ac.abort();
    })();
    expect((await rejection(read)).name).toBe('AbortError');
    expect(batches).toBe(1);
    for await (const batch of (await openSource(path, inWorker)).sheets[0].rows()) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
  });
});

describe('shared strings parsed on a worker while the sheet is read', () => {
  /** A workbook whose 60 000 rows each use a string of their own, in first-use order (as Excel writes). */
  function bigStrings(name: string, damage?: (parts: ReturnType<typeof workbookParts>) => void): string {
    const n = 60_000;
    let sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${n}" uniqueCount="${n}">`;
    let rows = '';
    for (let i = 0; i < n; i++) {
      sst += i % 1000 === 7 ? `<si><r><t>富</t></r><r><t>文本${i}</t></r></si>` : `<si><t>当事人${i}号&amp;公司</t></si>`;
      rows += `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c><c r="B${i + 1}"><v>${i}</v></c></row>`;
    }
    const parts = workbookParts({ sheets: [{ name: 'S', xml: sheetXml(rows) }], sharedStrings: sst + '</sst>' });
    damage?.(parts);
    const path = tmp.file(name);
    writeFileSync(path, buildZip(parts));
    return path;
  }

  it('gives every row its string, piece by piece, exactly as the in-thread reader', async () => {
    const path = bigStrings('sst-big.xlsx');
    const started = sharedStringsWorkerStats.started;
    const there = await allRows((await openSource(path, inWorker)).sheets[0]);
    expect(sharedStringsWorkerStats.started - started).toBe(1);
    expect(sharedStringsWorkerStats.fallbacks).toBe(0);
    expect(there).toHaveLength(60_000);
    expect(there[0]).toEqual({ row: 1, cells: ['当事人0号&公司', 0] });
    expect(there[7]).toEqual({ row: 8, cells: ['富文本7', 7] });
    expect(there[59_999]).toEqual({ row: 60_000, cells: ['当事人59999号&公司', 59_999] });
    expect(there).toEqual(await allRows((await openSource(path, here)).sheets[0]));
  });

  it('fails the sheet when the shared strings turn out damaged at their end, with the in-thread message', async () => {
    const path = bigStrings('sst-crc.xlsx', (parts) => { parts.find((p) => p.name === 'xl/sharedStrings.xml')!.crc = 99; });
    const e = await rejection(allRows((await openSource(path, inWorker)).sheets[0]));
    expect(e.name).toBe('ReadError');
    expect(e.message).toBe('文件 "sst-crc.xlsx" 已损坏（压缩包中的 "xl/sharedStrings.xml" 校验和不符，内容可能已被破坏）');
    expect((await rejection(allRows((await openSource(path, here)).sheets[0]))).message).toBe(e.message);
  });

  it('refuses a too-long shared string with the in-thread message', async () => {
    const path = bigStrings('sst-long.xlsx');
    const opts = { limits: { maxCellChars: 10 } };
    const e = await rejection(allRows((await openSource(path, { ...inWorker, ...opts })).sheets[0]));
    expect(e.message).toBe('文件 "sst-long.xlsx" 的共享字符串中有单元格内容过长（超过 10 个字符），已拒绝');
    expect((await rejection(allRows((await openSource(path, { ...here, ...opts })).sheets[0]))).message).toBe(e.message);
  });
});

describe('when the reader uses workers', () => {
  it('only from 4 cores by default; the option and SUPERVISE_IMPORT_WORKERS override', () => {
    const saved = process.env.SUPERVISE_IMPORT_WORKERS;
    try {
      delete process.env.SUPERVISE_IMPORT_WORKERS;
      expect(sheetWorkerMinBytes({}, 2)).toBe(Infinity);
      expect(sheetWorkerMinBytes({}, 4)).toBe(SHEET_WORKER_MIN_BYTES);
      expect(sheetWorkerMinBytes({ sheetWorkerMinBytes: 0 }, 2)).toBe(0);
      process.env.SUPERVISE_IMPORT_WORKERS = '1';
      expect(sheetWorkerMinBytes({}, 2)).toBe(SHEET_WORKER_MIN_BYTES);
      process.env.SUPERVISE_IMPORT_WORKERS = '0';
      expect(sheetWorkerMinBytes({}, 16)).toBe(Infinity);
      expect(sheetWorkerMinBytes({ sheetWorkerMinBytes: 5 }, 16)).toBe(5);
    } finally {
      if (saved === undefined) delete process.env.SUPERVISE_IMPORT_WORKERS;
      else process.env.SUPERVISE_IMPORT_WORKERS = saved;
    }
  });
});
