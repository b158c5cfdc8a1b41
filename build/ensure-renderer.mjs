// Runs before `npm start`: builds the renderer into renderer/dist when it is missing, so a fresh
// clone opens the UI after `npm ci && npm start` with no separate build step.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(join(root, 'renderer', 'dist', 'index.html'))) {
  console.log('首次启动：正在构建界面（renderer/dist）…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  process.exit(r.status ?? 1);
}
