/**
 * Where the shell's files are, from the sources (tsx) and from the bundle (electron/dist/*.mjs)
 * alike: the app root is the nearest folder above with a package.json.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder at or above `from` holding a package.json. */
export function findAppRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) return from;
    dir = up;
  }
}

/** The shell's paths under an app root. */
export function shellPaths(root: string): { rendererDist: string; preload: string; main: string; icon: string } {
  return {
    rendererDist: join(root, 'renderer', 'dist'),
    preload: join(root, 'electron', 'dist', 'preload.cjs'),
    main: join(root, 'electron', 'dist', 'main.mjs'),
    icon: join(root, 'build', 'icon.png'),
  };
}
