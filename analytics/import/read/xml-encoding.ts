/**
 * XML parts written in a legacy encoding. OOXML parts are UTF-8 and the scanners work on UTF-8 bytes,
 * but some home-grown exporters write GBK and say so in the XML declaration; read as UTF-8 such a part
 * gives mojibake headers and an "unknown file type" message about a file Excel opens fine. A part
 * that declares a legacy encoding and is not UTF-8 is therefore transcoded to UTF-8 as it streams. A
 * declaration that lies (says GBK, bytes are UTF-8) is ignored: the bytes decide, as for CSV.
 */
import { TextDecoder } from 'node:util';
import { mostlyUtf8, utf8Evidence } from './csv-encoding.ts';
import { prependChunk } from './xml-record-chunks.ts';

/** The encoding named by the XML declaration at the start of `head` (lower case), or null. */
export function declaredEncoding(head: Uint8Array): string | null {
  const text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 256)).toString('latin1');
  const m = /^(?:\xef\xbb\xbf)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(text);
  return m ? m[1].toLowerCase() : null;
}

/**
 * The legacy encoding to decode a part with, judged from its first bytes: null when it declares
 * none (or UTF-8 / UTF-16) or when its bytes are UTF-8 anyway. Pure ASCII so far counts as legacy,
 * which changes nothing for the ASCII and decodes later bytes as declared.
 */
export function legacyEncoding(head: Uint8Array): string | null {
  const declared = declaredEncoding(head);
  if (declared === null || /^utf-?(8|16)/.test(declared)) return null;
  const { valid, invalid, nonAscii } = utf8Evidence(head, false);
  return nonAscii && mostlyUtf8(valid, invalid) ? null : declared;
}

/** A decoder for `encoding`, or null when the runtime does not know the label. */
function decoderFor(encoding: string): TextDecoder | null {
  try {
    return new TextDecoder(encoding);
  } catch {
    return null;
  }
}

/**
 * `first` followed by the rest of `rest`, as UTF-8: unchanged for a UTF-8 part, transcoded from the
 * declared encoding otherwise. `unsupported` builds the error for an encoding the runtime cannot decode.
 */
export async function* utf8Chunks(
  first: Buffer, rest: AsyncIterator<Buffer>, unsupported: (encoding: string) => Error,
): AsyncGenerator<Buffer, void, undefined> {
  const encoding = legacyEncoding(first);
  if (encoding === null) {
    yield* prependChunk(first, rest);
    return;
  }
  const decoder = decoderFor(encoding);
  if (!decoder) {
    await rest.return?.();
    throw unsupported(encoding);
  }
  for await (const chunk of prependChunk(first, rest)) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
  const tail = decoder.decode();
  if (tail) yield Buffer.from(tail, 'utf8');
}

/** A whole small part as text, decoded from its declared legacy encoding when it has one. */
export function decodeXmlPart(buf: Buffer, unsupported: (encoding: string) => Error): string {
  const encoding = legacyEncoding(buf);
  if (encoding === null) return buf.toString('utf8', buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
  const decoder = decoderFor(encoding);
  if (!decoder) throw unsupported(encoding);
  return decoder.decode(buf);
}
