/**
 * .xlsx parts whose XML declaration names a legacy encoding (GBK from home-grown exporters): decoded
 * as declared when the bytes are not UTF-8, read as UTF-8 when the declaration lies, refused in one
 * Chinese line when the runtime does not know the encoding.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { openSource } from '../../read/open-source.ts';
import { declaredEncoding, legacyEncoding } from '../../read/xml-encoding.ts';
import { buildZip, sheetXml, workbookParts } from './zip-builder.ts';
import { allRows, rejection, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const ROWS = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>罚款金额</t></is></c></row>';
const SST = '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>当事人名称</t></si></sst>';

/** A workbook whose sheet, shared strings and workbook.xml declare `label`; `gbk` also encodes them so. */
function workbook(label: string, gbk: boolean): Buffer {
  const parts = workbookParts({ sheets: [{ name: '处罚决定', xml: sheetXml(ROWS) }], sharedStrings: SST });
  for (const p of parts) {
    if (!/workbook\.xml$|sheet1\.xml$|sharedStrings\.xml$/.test(p.name)) continue;
    const xml = String(p.data).replace(/<\?xml version="1.0"( encoding="UTF-8")?/, `<?xml version="1.0" encoding="${label}"`);
    p.data = gbk ? iconv.encode(xml, 'gbk') : xml;
  }
  return buildZip(parts);
}

async function read(name: string, bytes: Buffer) {
  const path = tmp.file(name);
  writeFileSync(path, bytes);
  const src = await openSource(path);
  return { names: src.sheets.map((s) => s.name), rows: await allRows(src.sheets[0]) };
}

describe('XML encoding declarations in .xlsx parts', () => {
  it('decodes parts written in the GBK they declare (sheet, shared strings, sheet names)', async () => {
    const { names, rows } = await read('gbk.xlsx', workbook('GBK', true));
    expect(names).toEqual(['处罚决定']);
    expect(rows).toEqual([{ row: 1, cells: ['当事人名称', '罚款金额'] }]);
  });

  it('ignores a declaration that lies: the bytes are UTF-8', async () => {
    const { names, rows } = await read('lying.xlsx', workbook('gb2312', false));
    expect(names).toEqual(['处罚决定']);
    expect(rows).toEqual([{ row: 1, cells: ['当事人名称', '罚款金额'] }]);
  });

  it('refuses an encoding the runtime cannot decode, in one line naming the file', async () => {
    const path = tmp.file('x-unknown.xlsx');
    writeFileSync(path, workbook('x-no-such-charset', true));
    const err = await rejection(openSource(path));
    expect(err.message).toBe('文件 "x-unknown.xlsx" 中的 "xl/workbook.xml" 使用了无法识别的字符编码 x-no-such-charset，请在 Excel 或 WPS 中打开后另存为 .xlsx');
  });

  it('reads the declaration and judges the bytes', () => {
    const gbk = iconv.encode('<?xml version="1.0" encoding="GBK"?><a>连云港</a>', 'gbk');
    expect(declaredEncoding(gbk)).toBe('gbk');
    expect(legacyEncoding(gbk)).toBe('gbk');
    expect(legacyEncoding(Buffer.from('<?xml version="1.0" encoding="GBK"?><a>连云港</a>'))).toBeNull();
    expect(legacyEncoding(Buffer.from('<?xml version="1.0" encoding="GBK"?><a>ascii</a>'))).toBe('gbk');
    expect(legacyEncoding(Buffer.from('<?xml version="1.0" encoding="UTF-8"?><a>x</a>'))).toBeNull();
    expect(declaredEncoding(Buffer.from('<a encoding="GBK"/>'))).toBeNull();
  });
});
