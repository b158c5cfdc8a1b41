/**
 * Found by the import fuzzer: a carriage return inside a text cell — how Excel stores the CR of a
 * CRLF line break pasted from another system (`_x000D_`), or a bare CR in a CSV — fails the whole
 * file with DuckDB's "Error when sniffing file …/penalty_case-0.tsv" (LOAD_FAILED). The staged TSV
 * quotes the value correctly, but DuckDB 1.5's read_csv sniffer rejects a quoted CR when the file's
 * lines end in LF; `new_line = '\n'` in staging.ts's read_csv call fixes it and keeps the CR.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { openMemoryWorkspace } from '../../../workspace/open.ts';
import { importFile } from '../../import-file.ts';
import { SHUANG_GONGSHI_HEADER, shuangGongshiRow, writeCsv, writeXlsx } from '../pipeline/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'supervise-cr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const AGENCY = '连云港市市场监督管理局';
const row = (o: { note?: string; date?: string }) =>
  shuangGongshiRow({ party: '甲公司', no: '连市监罚〔2025〕1号', category: '罚款', fineWan: 0.5, date: o.date ?? '2025-03-05', agency: AGENCY, note: o.note });

async function imported(path: string): Promise<{ imported: number; rejected: number }> {
  const ws = await openMemoryWorkspace();
  try {
    const [r] = await importFile(ws, path);
    return { imported: r.rows_imported, rejected: r.rows_rejected };
  } finally {
    ws.close();
  }
}

describe('a carriage return inside a cell', () => {
  it('imports an .xlsx whose 备注 holds _x000D_ (a CRLF from another system)', async () => {
    const base = join(dir, 'base.xlsx');
    await writeXlsx(base, [{ name: 'S', rows: [SHUANG_GONGSHI_HEADER, row({ note: '第一行XYZ第二行' })] }]);
    const files = unzipSync(new Uint8Array(readFileSync(base)));
    const part = Object.keys(files).find((k) => k.includes('sharedStrings'))!;
    files[part] = strToU8(strFromU8(files[part]).replace('XYZ', '_x000D_\n'));
    const f = join(dir, 'crlf.xlsx');
    writeFileSync(f, zipSync(files));
    expect(await imported(f)).toEqual({ imported: 1, rejected: 0 });
  });

  it('imports a CSV whose 备注 holds a bare CR', async () => {
    const f = join(dir, 'cr-note.csv');
    writeCsv(f, [SHUANG_GONGSHI_HEADER, row({ note: '第一行\r第二行' })], 'utf8');
    expect(await imported(f)).toEqual({ imported: 1, rejected: 0 });
  });

  it('rejects a row whose bad date holds a bare CR, keeping the file', async () => {
    const f = join(dir, 'cr-reject.csv');
    writeCsv(f, [SHUANG_GONGSHI_HEADER, row({ date: '2025年\r13月' })], 'gb18030');
    expect(await imported(f)).toEqual({ imported: 0, rejected: 1 });
  });
});
