/**
 * CSV / TXT reader: encoding detection (UTF-8 ± BOM, GB18030, UTF-16LE ± BOM), delimiter sniffing,
 * RFC 4180 quoting with embedded newlines and true row numbers, and robustness at chunk boundaries
 * (text pieces of any size, byte chunks that cut multi-byte characters).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { openSource } from '../../read/open-source.ts';
import { CsvParser } from '../../read/csv-parser.ts';
import { ChunkDecoder } from '../../read/csv-decoder.ts';
import { detectEncoding } from '../../read/csv-encoding.ts';
import { sniffDelimiter } from '../../read/csv-delimiter.ts';
import type { SheetRow } from '../../types.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** The test table with delimiter `d` (quoted fields hold commas, quotes and line breaks). */
function makeText(d: string): string {
  return [
    '连云港市行政处罚公示',
    '',
    ['当事人名称', '统一社会信用代码', '罚款金额（元）', '决定日期', '备注'].join(d),
    ['连云港某某商贸有限公司', '91320700MA1XXXXX0A', '5000', '2024/3/5', ''].join(d),
    ['"张三, 个体户"', '0001', '"1,200.50"', '2024年3月5日', '"他说""不服"""'].join(d),
    '"多行',
    ['备注"', '', '200', '2024-03-06', '"第一行'].join(d),
    '第二行"',
    d.repeat(4),
    ['赣榆区某饭店', '', '0', '2024.03.07', '末行'].join(d),
  ].join('\r\n') + '\r\n';
}
const TEXT = makeText(',');

const EXPECTED: SheetRow[] = [
  { row: 1, cells: ['连云港市行政处罚公示'] },
  { row: 3, cells: ['当事人名称', '统一社会信用代码', '罚款金额（元）', '决定日期', '备注'] },
  { row: 4, cells: ['连云港某某商贸有限公司', '91320700MA1XXXXX0A', '5000', '2024/3/5'] },
  { row: 5, cells: ['张三, 个体户', '0001', '1,200.50', '2024年3月5日', '他说"不服"'] },
  { row: 6, cells: ['多行\n备注', null, '200', '2024-03-06', '第一行\n第二行'] },
  { row: 10, cells: ['赣榆区某饭店', null, '0', '2024.03.07', '末行'] },
];

async function read(name: string, bytes: Buffer) {
  const path = tmp.file(name);
  writeFileSync(path, bytes);
  const src = await openSource(path);
  return { src, rows: await allRows(src.sheets[0]) };
}

describe('csv encodings', () => {
  it('UTF-8 without BOM', async () => {
    const { src, rows } = await read('utf8.csv', Buffer.from(TEXT, 'utf8'));
    expect([src.format, src.encoding, src.sheets[0].name]).toEqual(['csv', 'utf-8', 'utf8']);
    expect(rows).toEqual(EXPECTED);
  });

  it('UTF-8 with BOM', async () => {
    const { src, rows } = await read('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    expect(src.encoding).toBe('utf-8');
    expect(rows).toEqual(EXPECTED);
  });

  it('GB18030 / GBK (detected, not asked)', async () => {
    const { src, rows } = await read('gbk.csv', iconv.encode(TEXT, 'gb18030'));
    expect(src.encoding).toBe('gb18030');
    expect(rows).toEqual(EXPECTED);
  });

  it('UTF-16LE with BOM and tabs (Excel "Unicode text")', async () => {
    const tsv = makeText('\t');
    const { src, rows } = await read('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    expect(src.encoding).toBe('utf-16le');
    expect(rows).toEqual(EXPECTED);
  });

  it('UTF-16LE without BOM (told by its NUL bytes)', async () => {
    const { src, rows } = await read('nobom16.csv', Buffer.from(TEXT, 'utf16le'));
    expect(src.encoding).toBe('utf-16le');
    expect(rows).toEqual(EXPECTED);
  });

  it('UTF-16LE without BOM that is almost all Chinese', () => {
    const text = Array.from({ length: 200 }, (_v, i) => `连云港市海州区朝阳街道某某商贸有限公司${i % 10}\t行政处罚决定书`).join('\r\n');
    expect(detectEncoding(Buffer.from(text, 'utf16le'), true).encoding).toBe('utf-16le');
    expect(detectEncoding(iconv.encode(text, 'gb18030'), true).encoding).toBe('gb18030');
    expect(detectEncoding(Buffer.from(text, 'utf8'), true).encoding).toBe('utf-8');
  });

  it('GBK whose first megabyte is pure ASCII is still decoded as GB18030', async () => {
    const ascii = 'id,code,amount\r\n' + Array.from({ length: 60_000 }, (_v, i) => `${i},A${i},${i * 3}`).join('\r\n') + '\r\n';
    expect(ascii.length).toBeGreaterThan(1024 * 1024);
    const { src, rows } = await read('late-gbk.csv', iconv.encode(`${ascii}60000,连云港,7\r\n`, 'gb18030'));
    expect(rows.at(-1)).toEqual({ row: 60_002, cells: ['60000', '连云港', '7'] });
    expect(src.encoding).toBe('gb18030');
  });

  it('a UTF-8 BOM in front of GB18030 text: the bytes win over the mark', async () => {
    const { src, rows } = await read('bom-gbk.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), iconv.encode(TEXT, 'gb18030')]));
    expect(src.encoding).toBe('gb18030');
    expect(rows).toEqual(EXPECTED);
    const bad = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('名称,金额\n连云港,1\n'.repeat(50)), Buffer.from([0xff])]);
    expect(detectEncoding(bad, true)).toEqual({ encoding: 'utf-8', bomLength: 3, asciiOnly: false });
  });

  it('a stray bad byte in a UTF-8 file does not turn it into GB18030', () => {
    const bytes = Buffer.concat([Buffer.from('名称,金额\n连云港,1\n'.repeat(50)), Buffer.from([0xff]), Buffer.from('海州区,2\n')]);
    expect(detectEncoding(bytes, true).encoding).toBe('utf-8');
  });
});

describe('csv parsing', () => {
  it('sniffs comma, tab, semicolon and pipe, ignoring title rows and quoted delimiters', () => {
    expect(sniffDelimiter('标题\n\na,b,c\n1,2,3\n')).toBe(',');
    expect(sniffDelimiter('a\tb\tc\n"x,y"\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('a;b;c\n1,5;2;3\n')).toBe(';');
    expect(sniffDelimiter('a|b|c\n1|2|3\n')).toBe('|');
    expect(sniffDelimiter('单列\n值\n')).toBe(',');
  });

  it('parses the same rows whatever the text chunk size', () => {
    for (const size of [1, 2, 3, 5, 7, 16, 1000]) {
      const parser = new CsvParser({ delimiter: ',', newline: '\n', maxCellChars: 1e6, fail: (m) => new Error(m) });
      const rows: SheetRow[] = [];
      for (let i = 0; i < TEXT.length; i += size) {
        parser.push(TEXT.slice(i, i + size));
        rows.push(...parser.rows);
        parser.rows = [];
      }
      parser.finish();
      rows.push(...parser.rows);
      expect(rows, `chunk ${size}`).toEqual(EXPECTED);
    }
  });

  it('decodes GB18030 and UTF-16 byte chunks that cut characters in half', () => {
    for (const [enc, bytes] of [['gb18030', iconv.encode(TEXT, 'gb18030')], ['utf-16le', Buffer.from(TEXT, 'utf16le')], ['utf-8', Buffer.from(TEXT)]] as const) {
      for (const size of [1, 3, 7]) {
        const dec = new ChunkDecoder(enc, false);
        let text = '';
        for (let i = 0; i < bytes.length; i += size) text += dec.write(bytes.subarray(i, i + size));
        text += dec.end();
        expect(text, `${enc} / ${size}`).toBe(TEXT);
      }
    }
  });

  it('handles LF-only, CR-only and a missing final newline', async () => {
    expect((await read('lf.csv', Buffer.from('a,b\n1,2'))).rows).toEqual([{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1', '2'] }]);
    expect((await read('cr.csv', Buffer.from('a,b\r1,2\r'))).rows).toEqual([{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1', '2'] }]);
  });

  it('refuses an unclosed quote that swallows the file, naming the line', async () => {
    const body = 'a,b\n1,"never closed\n' + 'x,y\n'.repeat(2000);
    const path = tmp.file('unclosed.csv');
    writeFileSync(path, body);
    const src = await openSource(path, { limits: { maxCellChars: 1000 } });
    const err = await rejection(allRows(src.sheets[0]));
    expect(err.message).toBe('文件 "unclosed.csv" 第 2 行的引号没有闭合，或单元格内容过长（超过 1000 个字符），已拒绝');
  });

  it('reads a large file in several batches with consecutive line numbers', async () => {
    const lines = ['编号,名称'];
    for (let i = 1; i <= 25_000; i++) lines.push(`${i},单位${i}`);
    const { rows } = await read('large.csv', iconv.encode(lines.join('\n'), 'gb18030'));
    expect(rows).toHaveLength(25_001);
    expect(rows[12_345]).toEqual({ row: 12_346, cells: ['12345', '单位12345'] });
  });

  it('stops when aborted', async () => {
    const path = tmp.file('abort.csv');
    writeFileSync(path, 'a,b\n'.repeat(300_000));
    const src = await openSource(path);
    const ac = new AbortController();
    const err = await rejection((async () => {
      for await (const _batch of src.sheets[0].rows(ac.signal)) ac.abort();
    })());
    expect(err.name).toBe('AbortError');
  });
});
