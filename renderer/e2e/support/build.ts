/**
 * The host serves `renderer/dist`; the tests build it when any renderer source is newer than the
 * build (or it is missing). A lock directory keeps parallel test files from building at once.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RENDERER_DIR } from './paths.ts';

const DIST_INDEX = join(RENDERER_DIR, 'dist/index.html');
const LOCK = join(RENDERER_DIR, 'dist.building');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function stale(): boolean {
  if (!existsSync(DIST_INDEX)) return true;
  const sources = Math.max(newest(join(RENDERER_DIR, 'src')), statSync(join(RENDERER_DIR, 'index.html')).mtimeMs, statSync(join(RENDERER_DIR, 'vite.config.ts')).mtimeMs);
  return sources > statSync(DIST_INDEX).mtimeMs;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the renderer if needed (vite, production mode). */
export async function ensureRendererBuilt(): Promise<void> {
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) rmSync(LOCK, { recursive: true, force: true });
      await sleep(500);
    }
  }
  try {
    if (!stale()) return;
    const { build } = await import('vite');
    await build({ configFile: join(RENDERER_DIR, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
