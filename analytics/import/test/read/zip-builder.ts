/**
 * Test helper: writes zip files by hand, so tests can make stored entries, pre-compressed (bomb)
 * entries, lying size fields and truncated archives that no normal zip library would produce.
 */
import { crc32, deflateRawSync } from 'node:zlib';

/** One entry to write. */
export interface ZipInput {
  name: string;
  data?: Buffer | string;
  /** 0 = stored, 8 = deflate (default). */
  method?: 0 | 8;
  /** Already-compressed bytes (method 8) instead of `data`. */
  raw?: Buffer;
  /** Uncompressed size to declare (defaults to the real one). */
  declaredSize?: number;
  /** CRC-32 to declare (defaults to the real one). */
  crc?: number;
}

/**
 * Builds a zip archive in memory (CRC 0 for `raw` entries, which the tests expect to be refused
 * first). With `zip64`, sizes and offsets move to zip64 extra fields and a zip64 end record.
 */
export function buildZip(entries: ZipInput[], zip64 = false): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : (e.data ?? Buffer.alloc(0));
    const method = e.raw ? 8 : (e.method ?? 8);
    const body = e.raw ?? (method === 8 ? deflateRawSync(data) : data);
    const size = e.declaredSize ?? (e.raw ? 0 : data.length);
    const crc = e.crc ?? (e.raw ? 0 : crc32(data));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    let extra = Buffer.alloc(0);
    if (zip64) {
      extra = Buffer.alloc(28);
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    if (zip64) {
      central.writeUInt32LE(0xffffffff, 20);
      central.writeUInt32LE(0xffffffff, 24);
      central.writeUInt32LE(0xffffffff, 42);
      central.writeUInt16LE(extra.length, 30);
    }
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  if (!zip64) return Buffer.concat([...locals, cd, eocd]);
  const z64 = Buffer.alloc(56);
  z64.writeUInt32LE(0x06064b50, 0);
  z64.writeBigUInt64LE(44n, 4);
  z64.writeBigUInt64LE(BigInt(entries.length), 24);
  z64.writeBigUInt64LE(BigInt(entries.length), 32);
  z64.writeBigUInt64LE(BigInt(cd.length), 40);
  z64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...locals, cd, z64, locator, eocd]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** Minimal workbook parts around the given sheets (name, xml), shared strings and styles. */
export function workbookParts(opts: {
  sheets: { name: string; xml: string; state?: string }[];
  sharedStrings?: string;
  styles?: string;
  date1904?: boolean;
  method?: 0 | 8;
}): ZipInput[] {
  const m = opts.method;
  const sheetsXml = opts.sheets.map((s, i) =>
    `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('');
  const rels = opts.sheets.map((_s, i) =>
    `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = opts.sheets.length;
  const extraRels =
    (opts.sharedStrings !== undefined ? `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : '') +
    (opts.styles !== undefined ? `<Relationship Id="rId${n + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="/xl/styles.xml"/>` : '');
  const out: ZipInput[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', method: m },
    { name: '_rels/.rels', data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>', method: m },
    { name: 'xl/workbook.xml', data: `<?xml version="1.0"?><workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetsXml}</sheets></workbook>`, method: m },
    { name: 'xl/_rels/workbook.xml.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${extraRels}</Relationships>`, method: m },
    ...opts.sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, method: m })),
  ];
  if (opts.sharedStrings !== undefined) out.push({ name: 'xl/sharedStrings.xml', data: opts.sharedStrings, method: m });
  if (opts.styles !== undefined) out.push({ name: 'xl/styles.xml', data: opts.styles, method: m });
  return out;
}

/** A worksheet document around the given `<sheetData>` content. */
export function sheetXml(rows: string, prefix = ''): string {
  const ns = prefix ? NS.replace('xmlns=', `xmlns:${prefix.slice(0, -1)}=`) : NS;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}worksheet ${ns}><${prefix}dimension ref="A1:C3"/><${prefix}sheetData>${rows}</${prefix}sheetData><${prefix}mergeCells count="0"/></${prefix}worksheet>`;
}
