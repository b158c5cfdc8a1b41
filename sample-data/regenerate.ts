/**
 * `npm run sample-data`: regenerate the committed default set (seed 20240501, 20 000 cases, year
 * 2025) into sample-data/exports/. Files this generator writes are replaced; nothing else is touched.
 */

import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULTS, generateCity } from './generator/index.ts';

const out = join(import.meta.dirname, 'exports');
const started = Date.now();
try {
  // Stale files of an older run (a renamed export) would otherwise linger next to the new set.
  const old = await readdir(out).catch(() => [] as string[]);
  for (const n of old) if (/\.(xlsx|csv)$/.test(n) || n === 'truth.json') await rm(join(out, n));
  const result = await generateCity({ outDir: out, ...DEFAULTS, onProgress: (m) => console.log(m) });
  const rows = result.files.reduce((s, f) => s + f.rows, 0);
  console.log(`样例数据已生成 / sample data written: ${result.files.length} files, ${rows} rows → ${out} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
} catch (err) {
  console.error(`样例数据生成失败 / sample data generation failed: ${(err as Error).message}`);
  process.exitCode = 1;
}
