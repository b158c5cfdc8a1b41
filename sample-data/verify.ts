/**
 * CI check: regenerate the default set into a temporary folder and compare it byte for byte with the
 * committed sample-data/exports/. Exits non-zero with the differing files named, and says whether
 * their content differs too (a content-level digest of every sheet) or only the packaging.
 */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportsDigest } from './generator/digest.ts';
import { DEFAULTS, generateCity } from './generator/index.ts';

const committed = join(import.meta.dirname, 'exports');
const fresh = await mkdtemp(join(tmpdir(), 'sample-verify-'));
try {
  const started = Date.now();
  await generateCity({ outDir: fresh, ...DEFAULTS });
  const list = async (d: string): Promise<string[]> => (await readdir(d).catch(() => [] as string[])).filter((n) => !n.startsWith('.')).sort();
  const [a, b] = [await list(committed), await list(fresh)];
  const problems: string[] = [];
  for (const n of b) if (!a.includes(n)) problems.push(`missing in sample-data/exports: ${n}`);
  for (const n of a) if (!b.includes(n)) problems.push(`not produced by the generator: ${n}`);
  const differing: string[] = [];
  for (const n of b.filter((x) => a.includes(x))) {
    const [x, y] = [await readFile(join(committed, n)), await readFile(join(fresh, n))];
    if (!x.equals(y)) differing.push(n);
  }
  if (differing.length > 0) {
    const [da, db] = [await exportsDigest(committed), await exportsDigest(fresh)];
    for (const n of differing) problems.push(`${da.files[n] === db.files[n] ? 'packaging differs (same cell content)' : 'content differs'}: ${n}`);
  }
  if (problems.length > 0) {
    console.error(`sample-data/exports 与生成器输出不一致 / does not match the generator (run \`npm run sample-data\` and commit):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`sample-data/exports 可复现 / reproducible: ${b.length} files identical (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
} catch (err) {
  console.error(`样例数据校验失败 / sample data verification failed: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await rm(fresh, { recursive: true, force: true });
}
