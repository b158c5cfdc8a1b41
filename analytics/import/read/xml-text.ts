/**
 * Text helpers for the hand-rolled XML scanners: entity decoding, the OOXML `_xHHHH_` escape, and
 * attribute parsing for the small parts (workbook, rels, styles). The hot sheet path only calls
 * {@link decodeXmlText} on text that actually contains `&`, `_x` or `\r`.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const ENTITY = /&(#[xX][0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
/** ST_Xstring escape: `_x000D_` is a carriage return; `_x005F_` escapes a literal underscore. */
const XESCAPE = /_x([0-9a-fA-F]{4})_/g;

function decodeEntity(_m: string, body: string): string {
  if (body.charCodeAt(0) !== 35 /* # */) return NAMED[body];
  const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  // Invalid code points become U+FFFD instead of throwing inside String.fromCodePoint.
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** Decodes XML entities only (attribute values, format codes). */
export function decodeEntities(s: string): string {
  return s.indexOf('&') < 0 ? s : s.replace(ENTITY, decodeEntity);
}

/**
 * Decodes the text content of a `<t>` or `<v>` element: CR LF → LF as any XML parser would, entities,
 * then `_xHHHH_` escapes (after entities, as Excel writes them inside already-escaped text).
 */
export function decodeXmlText(s: string): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  if (s.indexOf('&') >= 0) s = s.replace(ENTITY, decodeEntity);
  if (s.indexOf('_x') >= 0) s = s.replace(XESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of one start tag, keyed by local name (namespace prefix dropped, except `r:id` → 'r:id'). */
export function parseAttributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(ATTR)) {
    const qname = m[1];
    const colon = qname.indexOf(':');
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const value = decodeEntities(m[2] ?? m[3] ?? '');
    // A prefixed `id` is the relationship id (r:id); keep it apart from a plain `id`.
    const key = colon >= 0 && local === 'id' ? 'r:id' : local;
    if (!(key in out)) out[key] = value;
  }
  return out;
}

/** Every start tag `<prefix:name …>` (prefix optional) in `xml`, as attribute maps. */
export function findTags(xml: string, name: string): Record<string, string>[] {
  // Quoted values may contain '>' (e.g. a number format `[>=100]0`), so quotes are matched as units.
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => parseAttributes(m[1]));
}
