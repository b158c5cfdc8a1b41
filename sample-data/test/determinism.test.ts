/** The generator is deterministic: the same seed gives byte-identical files, another seed does not. */

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportsDigest } from '../generator/digest.ts';
import { generateCity } from '../generator/index.ts';

const dirs: string[] = [];
async function generate(seed: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gen-det-'));
  dirs.push(dir);
  await generateCity({ outDir: dir, cases: 2000, seed, year: 2025 });
  return dir;
}

afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('generator determinism', () => {
  it('writes byte-identical files for the same seed, different ones for another seed', async () => {
    const [a, b, c] = [await generate(7), await generate(7), await generate(8)];
    const names = (await readdir(a)).sort();
    expect((await readdir(b)).sort()).toEqual(names);
    expect(names.length).toBeGreaterThan(40);
    for (const n of names) expect((await readFile(join(a, n))).equals(await readFile(join(b, n))), n).toBe(true);
    const [da, db, dc] = [await exportsDigest(a), await exportsDigest(b), await exportsDigest(c)];
    expect(da.digest).toBe(db.digest);
    expect(dc.digest).not.toBe(da.digest);
    const changed = names.filter((n) => da.files[n] !== dc.files[n]);
    expect(changed.filter((n) => n.startsWith('行政处罚')).length).toBeGreaterThan(10);
  });

  it('refuses sizes too small for the planted facts', async () => {
    await expect(generateCity({ outDir: join(tmpdir(), 'never-written'), cases: 100 })).rejects.toThrow(/at least 2000/);
  });
});
