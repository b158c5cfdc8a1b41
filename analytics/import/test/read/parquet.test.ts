/**
 * Parquet through DuckDB: column names as row 1, values converted to cells (DECIMAL → number,
 * DATE/TIMESTAMP → Date, BIGINT → number, NULL and '' → null), streamed in batches.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { openSource } from '../../read/open-source.ts';
import { allRows, tempDir } from './helpers.ts';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

async function writeParquet(path: string, select: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (${select}) TO $1 (FORMAT parquet)`, [path]);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe('parquet reader', () => {
  it('converts DuckDB types to cells', async () => {
    const path = tmp.file("罚款's.parquet");
    await writeParquet(path, `SELECT '连云港某某公司' AS 当事人, 1234.50::DECIMAL(18,2) AS 罚款金额, DATE '2024-03-05' AS 决定日期,
      TIMESTAMP '2024-03-05 14:30:00' AS 受理时间, 9007199254740993::BIGINT AS 大数, 42::BIGINT AS 编号, NULL::VARCHAR AS 备注,
      '' AS 空, true AS 是否解决, [1, 2] AS 列表`);
    const src = await openSource(path);
    expect([src.format, src.sheets[0].name]).toEqual(['parquet', "罚款's"]);
    expect(await allRows(src.sheets[0])).toEqual([
      { row: 1, cells: ['当事人', '罚款金额', '决定日期', '受理时间', '大数', '编号', '备注', '空', '是否解决', '列表'] },
      { row: 2, cells: ['连云港某某公司', 1234.5, new Date('2024-03-05T00:00:00Z'), new Date('2024-03-05T14:30:00Z'), '9007199254740993', 42, null, null, true, '[1,2]'] },
    ]);
  });

  it('streams many rows with consecutive row numbers', async () => {
    const path = tmp.file('many.parquet');
    await writeParquet(path, 'SELECT i AS n, \'单位\' || i AS name FROM range(1, 10001) t(i)');
    const rows = await allRows((await openSource(path)).sheets[0]);
    expect(rows).toHaveLength(10_001);
    expect(rows[10_000]).toEqual({ row: 10_001, cells: [10_000, '单位10000'] });
  });
});
