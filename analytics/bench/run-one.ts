/**
 * One timed benchmark task in its own process, so its peak RSS is its own. Prints one JSON line
 * `{ seconds, rows, peak_rss_mb }`. Tasks: import FILE (ours, end to end into a fresh workspace),
 * exceljs-iterate FILE (reference), duckdb-read-csv FILE (reference), duckdb-read-csv-file FILE (the
 * same into a database file, reported beside it), csv-floor FILE (GB18030 decoded, hashed and loaded by
 * read_csv into a database file with no checks: the least any import of it can cost).
 */
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [task, file] = process.argv.slice(2);

async function main(): Promise<number> {
  const t0 = performance.now();
  let rows = 0;
  if (task === 'import') {
    const { openWorkspace, IMPORT_MEMORY_LIMIT } = await import('../workspace/open.ts');
    const { importFile } = await import('../import/import-file.ts');
    const path = join(tmpdir(), `supervise-bench-ws-${process.pid}.duckdb`);
    rmSync(path, { force: true });
    // As `supervise import` opens it.
    const ws = await openWorkspace(path, { create: true, memoryLimit: IMPORT_MEMORY_LIMIT });
    const t1 = performance.now();
    const results = await importFile(ws, file);
    rows = results.reduce((n, r) => n + r.rows_imported, 0);
    ws.close();
    rmSync(path, { force: true });
    rmSync(path + '.wal', { force: true });
    return finish(t1, rows);
  }
  if (task === 'exceljs-iterate') {
    const ExcelJS = (await import('exceljs')).default;
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', worksheets: 'emit', hyperlinks: 'ignore', styles: 'cache' });
    for await (const sheet of reader) for await (const row of sheet) if (row) rows++;
    return finish(t0, rows);
  }
  if (task === 'duckdb-read-csv-file') {
    // Like-for-like with our import's storage: a table in a database file, committed and closed
    // (compressed and written), DuckDB's default settings otherwise.
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const path = join(tmpdir(), `supervise-bench-ref-${process.pid}.duckdb`);
    rmSync(path, { force: true });
    const t1 = performance.now();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run('CREATE TABLE t AS SELECT * FROM read_csv($1, header = true)', [file]);
    rows = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM t')).getRowObjects()[0].n);
    conn.closeSync();
    db.closeSync();
    const out = finish(t1, rows);
    rmSync(path, { force: true });
    rmSync(path + '.wal', { force: true });
    return out;
  }
  if (task === 'csv-floor') {
    const { csvFloor } = await import('./csv-floor.ts');
    return finish(t0, await csvFloor(file));
  }
  if (task === 'duckdb-read-csv') {
    const { openMemoryWorkspace } = await import('../workspace/open.ts');
    const { sql } = await import('../sql/fragment.ts');
    const { exec, all } = await import('../sql/run.ts');
    const ws = await openMemoryWorkspace();
    const t1 = performance.now();
    await exec(ws.conn, sql`CREATE TABLE t AS SELECT * FROM read_csv(${file}, header = true)`);
    rows = (await all<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM t`))[0].n;
    ws.close();
    return finish(t1, rows);
  }
  if (task === 'dashboard') {
    const { measureDashboard } = await import('./dashboard.ts');
    const r = await measureDashboard(file);
    process.stdout.write(JSON.stringify({ ...r, seconds: r.ours_s, rows: 0, peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
    return 0;
  }
  throw new Error(`unknown task ${task}`);
}

function finish(t0: number, rows: number): number {
  const seconds = (performance.now() - t0) / 1000;
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds, rows, peak_rss_mb: Math.round(peak) }) + '\n');
  return 0;
}

main().then((c) => (process.exitCode = c), (e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = 1;
});
