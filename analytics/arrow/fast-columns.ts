/**
 * Arrow column data built directly from JS values for the types analysis tables are made of —
 * numbers (Float64, Int32) and text (Utf8). apache-arrow's generic builders cost about 0.5 µs per
 * value (type dispatch, growable buffers) and were most of the Arrow encoding time of a dashboard
 * (~30 ms of tens of small tables); filling typed arrays directly is several times cheaper. Other
 * types, and any column holding a value of an unexpected kind, return null so the caller uses a
 * builder: the bytes differ only in speed, never in content (tests round-trip both paths).
 */
import { Float64, Int32, makeData, Type, Utf8, type Data, type DataType } from 'apache-arrow';
import { writeUtf8 } from '../text/write-utf8.ts';

const encoder = new TextEncoder();

/** Validity bitmap and null count of `values` (bit set = value present). */
function validity(values: readonly unknown[]): { bitmap: Uint8Array; nulls: number } {
  const bitmap = new Uint8Array((values.length + 7) >> 3);
  let nulls = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) nulls++;
    else bitmap[i >> 3] |= 1 << (i & 7);
  }
  return { bitmap, nulls };
}

function numbers(values: readonly unknown[], out: Float64Array | Int32Array): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) continue;
    if (typeof v === 'number') out[i] = v;
    else if (typeof v === 'bigint') out[i] = Number(v);
    else return false;
  }
  return true;
}

function utf8(values: readonly unknown[]): { offsets: Int32Array; bytes: Uint8Array } | null {
  const offsets = new Int32Array(values.length + 1);
  let bytes = new Uint8Array(Math.max(64, values.length * 16));
  let used = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v === 'string') {
      // A UTF-16 unit takes at most 3 UTF-8 bytes.
      if (used + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, used + v.length * 3));
        grown.set(bytes.subarray(0, used));
        bytes = grown;
      }
      used = v.length <= SHORT_TEXT ? writeUtf8(v, bytes, used) : used + encoder.encodeInto(v, bytes.subarray(used)).written;
    } else if (v !== null && v !== undefined) return null;
    offsets[i + 1] = used;
  }
  return { offsets, bytes: bytes.subarray(0, used) };
}

/**
 * Texts up to this length are encoded by `writeUtf8` rather than `TextEncoder.encodeInto`: the
 * names and labels of an analysis table are short, and a native call per value cost more than the
 * encoding (about a third of a dashboard's Arrow time).
 */
const SHORT_TEXT = 64;

/** The column as Arrow data of `type`, or null when this type or these values need a builder. */
export function fastColumnData(values: readonly unknown[], type: DataType): Data | null {
  const length = values.length;
  if (type.typeId === Type.Float && (type as Float64).precision === new Float64().precision) {
    const data = new Float64Array(length);
    if (!numbers(values, data)) return null;
    const { bitmap, nulls } = validity(values);
    return makeData({ type: type as Float64, length, nullCount: nulls, nullBitmap: bitmap, data });
  }
  if (type.typeId === Type.Int && (type as Int32).bitWidth === 32 && (type as Int32).isSigned) {
    const data = new Int32Array(length);
    if (!numbers(values, data)) return null;
    const { bitmap, nulls } = validity(values);
    return makeData({ type: type as Int32, length, nullCount: nulls, nullBitmap: bitmap, data });
  }
  if (type.typeId === Type.Utf8) {
    const text = utf8(values);
    if (!text) return null;
    const { bitmap, nulls } = validity(values);
    return makeData({ type: type as Utf8, length, nullCount: nulls, nullBitmap: bitmap, valueOffsets: text.offsets, data: text.bytes });
  }
  return null;
}
