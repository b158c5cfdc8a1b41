/**
 * `npm run bench -- SUITE [--json] [--rows N]`: benchmarks as ratios against a reference measured in
 * the same run (never timed assertions in tests). Suites: import, analyses, reports, ui.
 */
import { parseArgs } from 'node:util';
import { runImportSuite } from './import-suite.ts';
import { runAnalysesSuite } from './analyses-suite.ts';
import { runReportsSuite } from './reports-suite.ts';
import { runUiSuite } from './ui-suite.ts';
import type { BenchResult } from './result.ts';
import { formatResults } from './result.ts';

const SUITES: Record<string, (o: { rows?: number; log: (s: string) => void }) => Promise<BenchResult[]>> = {
  import: runImportSuite,
  analyses: runAnalysesSuite,
  reports: runReportsSuite,
  ui: runUiSuite,
};

async function main(): Promise<number> {
  // Stays 1 unless main completes: a promise that never settles would otherwise exit 0 silently.
  process.exitCode = 1;
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' }, rows: { type: 'string' } } });
  const suite = positionals[0] ?? 'import';
  const run = SUITES[suite];
  if (!run) {
    process.stderr.write(`未知的基准套件 ${suite}；可选：${Object.keys(SUITES).join(' | ')}\n`);
    return 2;
  }
  const log = (s: string) => process.stderr.write(s + '\n');
  const results = await run({ rows: values.rows ? Number(values.rows) : undefined, log });
  process.stdout.write(values.json ? JSON.stringify({ suite, results }) + '\n' : formatResults(suite, results) + '\n');
  return 0;
}

main().then((c) => (process.exitCode = c), (e) => {
  process.stderr.write(`错误 Error: ${e instanceof Error ? e.message : e}\n`);
  process.exitCode = 1;
});
