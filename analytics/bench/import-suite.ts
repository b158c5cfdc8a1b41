/**
 * The import suite (issue 3): `xlsx-1m` — a 1 000 000-row 双公示 .xlsx imported end to end against
 * exceljs's streaming WorkbookReader merely iterating it (goal ratio ≥ 5, peak RSS ≤ 1 GiB);
 * `csv-gbk-1m` — the same data as GB18030 CSV against DuckDB's read_csv loading the UTF-8 twin
 * (goal ratio ≥ 0.4); the same load into a database file, and the floor under any import of the
 * GB18030 file (csv-floor.ts), are reported beside it.
 */
import { availableParallelism } from 'node:os';
import { sheetWorkerMinBytes } from '../import/read/limits.ts';
import { benchCsv, benchXlsx } from './inputs.ts';
import { measure, sizeLabel, type BenchResult } from './result.ts';

/** Runs the import suite. */
export async function runImportSuite(o: { rows?: number; log: (s: string) => void }): Promise<BenchResult[]> {
  const rows = o.rows ?? 1_000_000;
  const label = sizeLabel(rows);
  o.log(`准备输入（${rows} 行，首次生成较慢，之后缓存）…`);
  const xlsx = await benchXlsx(rows, (n) => o.log(`  xlsx ${n} 行`));
  const csv = await benchCsv(rows);
  o.log('xlsx：我们的导入…');
  const ours = measure('import', xlsx);
  o.log('xlsx：exceljs 逐行读取…');
  const ref = measure('exceljs-iterate', xlsx);
  o.log('csv：我们的导入（GB18030）…');
  const oursCsv = measure('import', csv.gbk);
  o.log('csv：DuckDB read_csv（UTF-8）…');
  const refCsv = measure('duckdb-read-csv', csv.utf8);
  o.log('csv：DuckDB read_csv（UTF-8）写入数据库文件…');
  const refCsvFile = measure('duckdb-read-csv-file', csv.utf8);
  o.log('csv：下限（GB18030 解码 + SHA-256 + read_csv 写入数据库文件，不做任何检查）…');
  const floor = measure('csv-floor', csv.gbk);
  return [
    {
      id: `xlsx-${label}`, ours_s: ours.seconds, reference: 'exceljs WorkbookReader', reference_s: ref.seconds,
      ratio: ref.seconds / ours.seconds, rows: ours.rows, peak_rss_mb: ours.peak_rss_mb, goal: 'ratio ≥ 5, RSS ≤ 1024 MB',
      // Which reader ran: the workers' default depends on the machine (see read/limits.ts).
      note: `reader workers ${sheetWorkerMinBytes({}) === Infinity ? 'off' : 'on'} (${availableParallelism()} cores; SUPERVISE_IMPORT_WORKERS=1/0 forces them)`,
    },
    {
      id: `csv-gbk-${label}`, ours_s: oursCsv.seconds, reference: 'duckdb read_csv (UTF-8)', reference_s: refCsv.seconds,
      ratio: refCsv.seconds / oursCsv.seconds, rows: oursCsv.rows, peak_rss_mb: oursCsv.peak_rss_mb, goal: 'ratio ≥ 0.4',
      // The goal's reference loads into memory; our import writes a workspace file. The same load
      // into a database file (compressed and written on close) is printed beside it.
      // The floor shows the best ratio any import of the GB18030 file could reach on this machine.
      note: `read_csv into a database file: ${refCsvFile.seconds.toFixed(2)} s (ratio ${(refCsvFile.seconds / oursCsv.seconds).toFixed(2)}); ` +
        `floor (decode + hash + read_csv into a file, no checks): ${floor.seconds.toFixed(2)} s (ratio ${(refCsv.seconds / floor.seconds).toFixed(2)})`,
    },
  ];
}
