/**
 * The workbook (.xlsx) from the sample workspace: the 目录 with links, at least six analysis sheets,
 * frozen bold headers and number formats, chart images, the 数据来源 sheet listing every batch, and
 * no formula anywhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { generate, part, unzip, type Generated } from './helpers.ts';

let g: Generated;
let wb: ExcelJS.Workbook;
let files: Record<string, Uint8Array>;

beforeAll(async () => {
  g = await generate({ formats: ['xlsx'] });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(g.file('xlsx'));
  files = unzip(g.file('xlsx'));
});
afterAll(() => g?.cleanup());

describe('行政执法监督分析数据表 (.xlsx)', () => {
  it('starts with a 目录 linking every sheet', () => {
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe('目录');
    const toc = wb.getWorksheet('目录')!;
    const linked: string[] = [];
    toc.eachRow((row) => {
      const v = row.getCell(2).value as { text?: string; hyperlink?: string } | null;
      if (v && typeof v === 'object' && v.hyperlink) linked.push(v.text!);
    });
    expect(linked).toEqual(names.slice(1));
  });

  it('has at least six analysis sheets besides 目录 and 数据来源', () => {
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ['处罚概况', '处罚按机关', '投诉热点', '裁量偏离机关', '同案不同罚', '重复检查', '案卷评查', '满意度机关', '年报不一致']) expect(names).toContain(n);
    expect(names.length - 2).toBeGreaterThanOrEqual(6);
  });

  it('freezes a bold header and formats numbers by kind', () => {
    const ws = wb.getWorksheet('处罚按机关')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    const fmt = (h: string) => ws.getRow(2).getCell(headers.indexOf(h) + 1).numFmt;
    expect(fmt('罚款金额（元）')).toBe('#,##0.00');
    expect(fmt('12月占比')).toBe('0.0%');
    const top = g.penalties.by_agency[0];
    const row = ws.getRow(2);
    expect(row.getCell(headers.indexOf('执法机关') + 1).value).toBe(top.agency);
    expect(row.getCell(headers.indexOf('罚款金额（万元）') + 1).value).toBeCloseTo(top.fine_total_yuan / 10_000, 6);
  });

  it('colours deviating and below-city rows', () => {
    const filled = (name: string) => {
      let n = 0;
      wb.getWorksheet(name)!.eachRow((row, i) => {
        if (i > 1 && (row.getCell(1).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb === 'FFF8CBAD') n++;
      });
      return n;
    };
    expect(filled('裁量偏离机关')).toBeGreaterThan(0);
    expect(filled('满意度机关')).toBeGreaterThan(0);
  });

  it('embeds chart images', () => {
    expect(Object.keys(files).filter((f) => f.startsWith('xl/media/')).length).toBeGreaterThanOrEqual(4);
  });

  it('lists every import batch in 数据来源 with its SHA-256 and row counts', () => {
    const ws = wb.getWorksheet('数据来源')!;
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(['批次', '文件名', '数据类型', '工作表', 'SHA-256', '读取行数', '导入行数', '拒绝行数', '导入时间']);
    const listed: string[] = [];
    ws.eachRow((row, i) => {
      if (i > 1 && typeof row.getCell(1).value === 'number') {
        listed.push(String(row.getCell(2).value));
        expect(String(row.getCell(5).value)).toMatch(/^[0-9a-f]{64}$/);
      }
    });
    expect(listed).toEqual(g.batches.map((b) => b.file_name));
  });

  it('contains no formula cell', () => {
    for (const name of Object.keys(files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))) {
      expect(part(files, name)).not.toMatch(/<f[\s>]/);
    }
  });
});
