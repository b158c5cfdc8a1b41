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
