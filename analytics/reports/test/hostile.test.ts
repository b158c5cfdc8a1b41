/**
 * Text from the data that looks like a formula (= + - @) is written as text in the workbook: a
 * workspace with hostile agency names yields string cells holding those names, and no `<f>`.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sampleWorkspacePath } from '../../analyses/test/sample-workspace.ts';
import { sql } from '../../sql/fragment.ts';
import { exec } from '../../sql/run.ts';
import { openWorkspace } from '../../workspace/open.ts';
import { fillCategoriesKey } from '../../workspace/categories-key.ts';
import { generate, part, unzip, type Generated } from './helpers.ts';

const HOSTILE = ['=HYPERLINK("http://evil.example","点我")', '+1+1', '-2+3', '@SUM(A1:A9)'];
/** An agency name carrying a mobile number: masked wherever it is written. */
const PERSONAL = '个体户张某13812345678';

let dir: string;
let g: Generated;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'supervise-hostile-'));
  const path = join(dir, 'hostile.duckdb');
  copyFileSync(await sampleWorkspacePath(), path);
  const ws = await openWorkspace(path);
  try {
    for (const [i, agency] of [...HOSTILE, PERSONAL].entries()) {
      await exec(
        ws.conn,
        sql`INSERT INTO penalty_case (decision_no, party_name, decided_on, agency, division, fine_yuan, categories, batch_id)
            VALUES (${`恶意〔2025〕${i}号`}, ${'某公司'}, DATE '2025-06-01', ${agency}, ${'海州区'}, 1000, ['罚款'], 1)`,
        'hostile case',
      );
    }
    await fillCategoriesKey(ws.conn);
  } finally {
    ws.close();
  }
  g = await generate({ workspace: path, formats: ['xlsx', 'docx'] });
});
afterAll(() => {
  g?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

describe('formula-looking text', () => {
  it('is written as string cells, never as formulas', async () => {
    const files = unzip(g.file('xlsx'));
    for (const name of Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      expect(part(files, name)).not.toMatch(/<f[\s>]/);
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(g.file('xlsx'));
    const agencies: unknown[] = [];
    wb.getWorksheet('处罚按机关')!.eachRow((row, i) => {
      if (i > 1) agencies.push(row.getCell(1).value);
    });
    for (const h of HOSTILE) expect(agencies).toContain(h);
  });

  it('masks phone numbers in every written cell', async () => {
    const files = unzip(g.file('xlsx'));
    for (const name of Object.keys(files).filter((f) => f.endsWith('.xml'))) expect(part(files, name)).not.toContain('13812345678');
    expect(part(files, 'xl/sharedStrings.xml')).toContain('个体户张某138****5678');
  });

  it('appears verbatim in the Word report when it is named there', () => {
    const doc = part(unzip(g.file('docx')), 'word/document.xml');
    expect(doc).not.toContain('<w:fldSimple w:instr="=');
    expect(doc).not.toMatch(/<w:instrText[^>]*>\s*=?HYPERLINK/);
  });
});
