/**
 * The JSON form of a result for browser mode: every `Uint8Array` in the value is stored in the
 * blob store and replaced by a marker `{"$blob": "/api/blob/<group>/<key>", "type": …, "size": n}`
 * that the HTTP client fetches and turns back into bytes. Arrow tables (`tables.*`, `arrow`) are
 * served as `application/vnd.apache.arrow.stream`, other bytes (exports) as
 * `application/octet-stream` with their file name. See ../http-wire.md.
 */
import { ARROW_TYPE, type BlobStore } from './blob-store.ts';

/** The marker that stands for bytes in a JSON response. */
export interface BlobMarker {
  $blob: string;
  type: string;
  size: number;
}

function isArrowPosition(path: string[]): boolean {
  const last = path[path.length - 1];
  return last === 'arrow' || path[path.length - 2] === 'tables';
}

/** Replaces the bytes in `value` by markers; the group is created on the first bytes found. */
export function encodeForWire(value: unknown, store: BlobStore): unknown {
  let group: string | null = null;
  const walk = (v: unknown, path: string[], parent: Record<string, unknown> | null): unknown => {
    if (v instanceof Uint8Array) {
      group ??= store.newGroup();
      const arrow = isArrowPosition(path);
      const name = !arrow && typeof parent?.name === 'string' ? parent.name : null;
      const type = arrow ? ARROW_TYPE : 'application/octet-stream';
      const url = store.add(group, path.join('.') || 'value', { contentType: type, name, bytes: v, size: v.byteLength });
      const marker: BlobMarker = { $blob: url, type, size: v.byteLength };
      return marker;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, [...path, String(i)], null));
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(o)) out[k] = walk(x, [...path, k], o);
      return out;
    }
    return v;
  };
  return walk(value, [], null);
}
