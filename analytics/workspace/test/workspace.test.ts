import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from '../../sql/fragment.ts';
import { all, exec } from '../../sql/run.ts';
import { currentVersion, openWorkspace } from '../open.ts';
import { LATEST_VERSION, MIGRATIONS } from '../migrations/index.ts';
import { TABLES } from '../schema.ts';
import { LIANYUNGANG_DIVISIONS } from '../seed-divisions.ts';
import { readSettings } from '../settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'ws-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workspace', () => {
  it('creates every canonical table with the contract types', async () => {
    const ws = await openWorkspace(join(dir, 'new.duckdb'), { create: true });
    try {
      expect(ws.version).toBe(LATEST_VERSION);
      const tables = await all<{ t: string }>(ws.conn, sql`SELECT table_name AS t FROM duckdb_tables() WHERE schema_name = 'main'`);
      const names = tables.map((r) => r.t);
      for (const t of TABLES) expect(names).toContain(t);
      const cols = await all<{ t: string; c: string; ty: string }>(
        ws.conn,
        sql`SELECT table_name AS t, column_name AS c, data_type AS ty FROM duckdb_columns() WHERE schema_name = 'main'`,
      );
      const type = (t: string, c: string) => cols.find((r) => r.t === t && r.c === c)?.ty;
      expect(type('penalty_case', 'fine_yuan')).toBe('DECIMAL(18,2)');
      expect(type('penalty_case', 'confiscation_yuan')).toBe('DECIMAL(18,2)');
      expect(type('penalty_case', 'categories')).toBe('VARCHAR[]');
      expect(type('penalty_case', 'decided_on')).toBe('DATE');
      expect(type('hotline_ticket', 'received_at')).toBe('TIMESTAMP');
      expect(type('hotline_ticket', 'resolved')).toBe('BOOLEAN');
      expect(type('benchmark_rule', 'fine_max_yuan')).toBe('DECIMAL(18,2)');
      expect(type('import_reject', 'row_number')).toBe('INTEGER');
    } finally {
      ws.close();
    }
  });

  it('seeds the 连云港 divisions with zones under their parent, and default settings', async () => {
    const ws = await openWorkspace(join(dir, 'seed.duckdb'), { create: true });
    try {
      const rows = await all<{ name: string; parent: string | null }>(ws.conn, sql`SELECT name, parent FROM division ORDER BY name`);
      expect(rows.length).toBe(LIANYUNGANG_DIVISIONS.length);
      const parent = Object.fromEntries(rows.map((r) => [r.name, r.parent]));
      expect(parent['市本级']).toBeNull();
      for (const county of ['海州区', '连云区', '赣榆区', '东海县', '灌云县', '灌南县']) expect(parent[county]).toBeNull();
      expect(parent['连云港经济技术开发区']).toBe('连云区');
      expect(parent['徐圩新区']).toBe('连云区');
      const s = await readSettings(ws.conn);
      expect(s.bureau_name).toBe('连云港市司法局');
      expect(s.hotspot_z).toBe(3);
    } finally {
      ws.close();
    }
  });

  it('refuses to open a missing workspace read-only and creates nothing', async () => {
    const p = join(dir, 'missing.duckdb');
    await expect(openWorkspace(p, { readOnly: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(p)).toBe(false);
  });

  it('read-only open rejects writes inside DuckDB', async () => {
    const p = join(dir, 'ro.duckdb');
    (await openWorkspace(p, { create: true })).close();
    const ro = await openWorkspace(p, { readOnly: true });
    try {
      await expect(exec(ro.conn, sql`DELETE FROM division`)).rejects.toThrow(/read-only/);
    } finally {
      ro.close();
    }
  });

  it('refuses a workspace written by a newer version', async () => {
    const p = join(dir, 'newer.duckdb');
    const ws = await openWorkspace(p, { create: true });
    await exec(ws.conn, sql`INSERT INTO schema_version VALUES (${LATEST_VERSION + 1}, 'future', now()::TIMESTAMP)`);
    ws.close();
    await expect(openWorkspace(p)).rejects.toMatchObject({ code: 'TOO_NEW' });
    await expect(openWorkspace(p, { readOnly: true })).rejects.toThrow(/比本程序支持的版本/);
  });

  it('refuses a file that is not a DuckDB database with a clear message', async () => {
    const p = join(dir, 'not-a-db.duckdb');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(p, 'this is not a database');
    await expect(openWorkspace(p)).rejects.toMatchObject({ code: 'INVALID' });
  });

  it('migrates an older workspace on open, keeping its data', async () => {
    expect(MIGRATIONS.length).toBeGreaterThan(1);
    const p = join(dir, 'old.duckdb');
    const old = await openWorkspace(p, { create: true, targetVersion: 1 });
    expect(await currentVersion(old.conn)).toBe(1);
    await exec(old.conn, sql`INSERT INTO agency (name, division, sector) VALUES ('连云港市市场监督管理局', '市本级', '市场监管')`);
    old.close();

    // A read-only open of an old file migrates it first.
    const ro = await openWorkspace(p, { readOnly: true });
    expect(ro.version).toBe(LATEST_VERSION);
    const versions = await all<{ version: number }>(ro.conn, sql`SELECT version FROM schema_version ORDER BY version`);
    expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(await all(ro.conn, sql`SELECT name FROM agency`)).toEqual([{ name: '连云港市市场监督管理局' }]);
    ro.close();
  });
});

describe('schema lists', () => {
  it('TABLE_COLUMNS names exactly the columns the migrations create', async () => {
    const { TABLE_COLUMNS } = await import('../schema.ts');
    const ws = await openWorkspace(join(dir, 'cols.duckdb'), { create: true });
    try {
      const cols = await all<{ t: string; c: string }>(
        ws.conn,
        sql`SELECT table_name AS t, column_name AS c FROM duckdb_columns() WHERE schema_name = 'main' ORDER BY table_name, column_index`,
      );
      for (const t of TABLES) {
        expect([...TABLE_COLUMNS[t]], t).toEqual(cols.filter((r) => r.t === t).map((r) => r.c));
      }
    } finally {
      ws.close();
    }
  });
});

describe('dictionaries (migration 2)', () => {
  it('holds the 14 categories with the heaviest-first rank and the annual indicators', async () => {
    const ws = await openWorkspace(join(dir, 'dict.duckdb'), { create: true });
    try {
      const cats = await all<{ name: string; severity_rank: number; annual_indicator: string }>(ws.conn, sql`SELECT name, severity_rank, annual_indicator FROM penalty_category ORDER BY severity_rank`);
      expect(cats).toHaveLength(14);
      expect(cats[0].name).toBe('行政拘留');
      expect(cats.find((c) => c.name === '罚款')?.annual_indicator).toBe('penalty_fine');
      expect(cats.findIndex((c) => c.name === '没收违法所得')).toBeLessThan(cats.findIndex((c) => c.name === '罚款'));
      const inds = await all<{ code: string }>(ws.conn, sql`SELECT code FROM annual_indicator`);
      expect(inds.map((i) => i.code)).toEqual(expect.arrayContaining(['penalty_total', 'penalty_amount_yuan', 'inspection_total']));
    } finally {
      ws.close();
    }
  });
});
