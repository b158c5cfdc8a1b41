/**
 * The pieces of the wire: error mapping (one function for IPC and HTTP), the token comparison, the
 * blob markers that stand for bytes in JSON, and the blob store's expiry.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../import/errors.ts';
import { ReadError } from '../../import/read/read-error.ts';
import { QueryError } from '../../sql/run.ts';
import { WorkspaceError } from '../../workspace/errors.ts';
import { toWireError, WorkstationError } from '../errors.ts';
import { ARROW_TYPE, BlobStore } from '../http/blob-store.ts';
import { newToken, tokenMatches } from '../http/token.ts';
import { encodeForWire } from '../http/wire-encode.ts';
import { isWorkstationMethod, WORKSTATION_METHODS } from '../methods.ts';

describe('toWireError', () => {
  it('keeps the codes of engine errors and says INTERNAL for the rest', () => {
    expect(toWireError(new WorkspaceError('BUSY', '工作区正被另一个程序使用：x'))).toEqual({ name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用：x' });
    expect(toWireError(new ImportError('UNKNOWN_KIND', 'a.xlsx', '无法识别'))).toMatchObject({ name: 'ImportError', code: 'UNKNOWN_KIND' });
    expect(toWireError(new ReadError('/a.xlsx', '文件 "a.xlsx" 是空文件'))).toMatchObject({ code: 'UNREADABLE' });
    expect(toWireError(new QueryError('q', 'SELECT', new Error('boom')))).toMatchObject({ name: 'QueryError', code: 'QUERY_FAILED' });
    expect(toWireError(new WorkstationError('NO_WORKSPACE', '尚未打开工作区'))).toMatchObject({ code: 'NO_WORKSPACE' });
    expect(toWireError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toMatchObject({ code: 'CANCELLED' });
    const internal = toWireError(new TypeError('x is undefined\n    at somewhere (file.ts:1:1)'));
    expect(internal).toEqual({ name: 'TypeError', code: 'INTERNAL', message: '程序内部错误：x is undefined' });
    expect(toWireError('plain')).toMatchObject({ code: 'INTERNAL' });
  });
});

describe('token', () => {
  it('is random per launch and matches only itself', () => {
    const t = newToken();
    expect(t).not.toBe(newToken());
    expect(t.length).toBeGreaterThanOrEqual(40);
    expect(tokenMatches(t, t)).toBe(true);
    expect(tokenMatches(t, t + 'x')).toBe(false);
    expect(tokenMatches(t, t.slice(1))).toBe(false);
    expect(tokenMatches(t, '')).toBe(false);
    expect(tokenMatches(t, null)).toBe(false);
  });
});

describe('methods', () => {
  it('lists every contract method once and nothing else', () => {
    expect(new Set(WORKSTATION_METHODS).size).toBe(20);
    expect(isWorkstationMethod('analyze')).toBe(true);
    expect(isWorkstationMethod('constructor')).toBe(false);
    expect(isWorkstationMethod('__proto__')).toBe(false);
  });
});

describe('encodeForWire', () => {
  it('replaces bytes by markers (Arrow for tables, files with their name) and keeps the rest', () => {
    const store = new BlobStore();
    const value = { name: 'x.xlsx', bytes: new Uint8Array([80, 75]), tables: { a: new Uint8Array([1, 2, 3]) }, page: { arrow: new Uint8Array([9]) }, n: 1, list: [null, 'a'] };
    type Marker = { $blob: string; type: string; size: number };
    const out = encodeForWire(value, store) as { n: number; list: unknown[]; bytes: Marker; tables: Record<string, Marker>; page: { arrow: Marker } };
    expect(out.n).toBe(1);
    expect(out.list).toEqual([null, 'a']);
    expect(out.tables.a).toMatchObject({ type: ARROW_TYPE, size: 3 });
    expect(out.page.arrow.type).toBe(ARROW_TYPE);
    expect(out.bytes.type).toBe('application/octet-stream');
    const [, , , group, key] = out.bytes.$blob.split('/');
    expect(store.get(group, decodeURIComponent(key))).toMatchObject({ name: 'x.xlsx', size: 2 });
    expect(encodeForWire({ a: 1 }, store)).toEqual({ a: 1 });
  });

  it('forgets groups after their time and bounds memory', () => {
    const store = new BlobStore(1000, 10);
    const g1 = store.newGroup(0);
    store.add(g1, 'k', { contentType: ARROW_TYPE, name: null, bytes: new Uint8Array(8), size: 8 });
    expect(store.get(g1, 'k', 500)).not.toBeNull();
    const g2 = store.newGroup(600);
    store.add(g2, 'k', { contentType: ARROW_TYPE, name: null, bytes: new Uint8Array(8), size: 8 });
    expect(store.get(g1, 'k', 700)).toBeNull(); // evicted: 16 bytes > 10
    expect(store.get(g2, 'k', 700)).not.toBeNull();
    expect(store.get(g2, 'k', 1700)).toBeNull(); // expired
  });
});
