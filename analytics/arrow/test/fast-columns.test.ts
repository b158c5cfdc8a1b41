/**
 * Columns built directly (fast-columns.ts) must decode to exactly the values given, nulls included,
 * and a column the fast path cannot take must still encode through the builder.
 */
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { encodeColumns } from '../encode-ipc.ts';
import { fastColumnData } from '../fast-columns.ts';
import { arrowType } from '../type-map.ts';

describe('direct Arrow columns', () => {
  it('round-trip numbers, bigints, text of every width and nulls', () => {
    const n = 5000;
    const nums = Array.from({ length: n }, (_v, i) => (i % 7 === 0 ? null : i % 3 === 0 ? BigInt(i) * 1000n : i / 4));
    const ints = Array.from({ length: n }, (_v, i) => (i % 5 === 0 ? null : i - 2500));
    const texts = Array.from({ length: n }, (_v, i) => (i % 11 === 0 ? null : i % 13 === 0 ? '' : `海州区${i}号😀é${'x'.repeat(i % 40)}`));
    const bytes = encodeColumns([
      { name: 'm', duckType: 'DECIMAL(18,2)', values: nums },
      { name: 'i', duckType: 'INTEGER', values: ints },
      { name: 's', duckType: 'VARCHAR', values: texts },
    ]);
    const t = tableFromIPC(bytes);
    expect(t.numRows).toBe(n);
    expect(t.getChild('m')!.toArray().length).toBe(n);
    const m = t.getChild('m')!;
    const i = t.getChild('i')!;
    const s = t.getChild('s')!;
    for (let k = 0; k < n; k++) {
      expect(m.get(k)).toBe(nums[k] === null ? null : Number(nums[k]));
      expect(i.get(k)).toBe(ints[k]);
      expect(s.get(k)).toBe(texts[k]);
    }
  });

  it('leaves other types and unexpected values to the builder', () => {
    expect(fastColumnData([new Date()], arrowType('DATE'))).toBeNull();
    expect(fastColumnData([1, 'x'], arrowType('DOUBLE'))).toBeNull();
    expect(fastColumnData(['a', 2], arrowType('VARCHAR'))).toBeNull();
    const t = tableFromIPC(encodeColumns([{ name: 'x', duckType: 'VARCHAR', values: ['a', 2, null] }]));
    expect([...t.getChild('x')!]).toEqual(['a', '2', null]);
  });
});
