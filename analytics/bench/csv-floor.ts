/**
 * The floor under any GB18030 CSV import on this machine: what must happen even with no checks,
 * no conversions and no canonical schema — decode GB18030 (DuckDB cannot: no `encodings`
 * extension offline), hash the source (the batch's SHA-256), write the UTF-8 text, and let DuckDB's
 * own `read_csv` load it into a table in a database file. The `csv-gbk` line's note prints it, so
 * the goal can be judged against what is possible at all.
 */
import { createHash } from 'node:crypto';
import { createReadStream, closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs the floor pipeline over a GB18030 CSV; returns the rows loaded. */
export async function csvFloor(file: string): Promise<number> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const text = join(tmpdir(), `supervise-bench-floor-${process.pid}.csv`);
  const path = join(tmpdir(), `supervise-bench-floor-${process.pid}.duckdb`);
  try {
    const decoder = new TextDecoder('gb18030');
    const encoder = new TextEncoder();
    const hash = createHash('sha256');
    const out = openSync(text, 'w');
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      hash.update(chunk);
      writeSync(out, encoder.encode(decoder.decode(chunk, { stream: true })));
    }
    writeSync(out, encoder.encode(decoder.decode()));
    closeSync(out);
    hash.digest();
    const db = await DuckDBInstance.create(path);
    const conn = await db.connect();
    await conn.run('CREATE TABLE t AS SELECT * FROM read_csv($1, header = true)', [text]);
    const rows = Number((await conn.runAndReadAll('SELECT count(*) AS n FROM t')).getRowObjects()[0].n);
    conn.closeSync();
    db.closeSync();
    return rows;
  } finally {
    for (const f of [text, path, path + '.wal']) rmSync(f, { force: true });
  }
}
