/**
 * `npm start`: creates the sample workspace on first run (from sample-data/exports, in the user's
 * data folder), then opens the Electron window on it — or, when the Electron runtime is not
 * installed (it cannot be downloaded offline), says so in one line and serves the same UI in
 * browser mode, printing the address and opening the system browser. Runs until the window closes
 * or Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSampleWorkspace } from '../analytics/workspace/sample.ts';
import { startBrowserMode, openBrowser } from './browser-mode.ts';
import { electronBinary } from './electron-runtime.ts';
import { T } from './messages.ts';
import { findAppRoot, shellPaths } from './paths.ts';
import { untilSignal } from '../analytics/service/http/until-signal.ts';

/** Runs the start-up; resolves with the exit code. */
export async function start(argv: string[]): Promise<number> {
  try {
    const workspace = await ensureSampleWorkspace((f) => process.stderr.write(`${T.preparingSample(f.split(/[\\/]/).pop() ?? f)}\n`));
    const root = findAppRoot(import.meta.dirname);
    const paths = shellPaths(root);
    const rendererBuilt = existsSync(join(paths.rendererDist, 'index.html'));
    const binary = argv.includes('--browser') ? null : electronBinary();
    // The shell is bundled on every start (under a second) so it always matches the sources.
    if (binary && buildShell(root)) {
      if (!rendererBuilt) console.log(T.rendererNotBuilt);
      return await runElectron(binary, paths.main, workspace);
    }
    if (binary) console.log(T.mainNotBuilt);
    else if (!argv.includes('--browser')) console.log(T.noElectron);
    const { server, service } = await startBrowserMode(workspace);
    console.log(server.url);
    console.log(T.browserReady);
    if (!rendererBuilt) console.log(T.rendererNotBuilt);
    openBrowser(server.url);
    await untilSignal();
    await server.close();
    await service.close();
    return 0;
  } catch (e) {
    console.error(T.error(e instanceof Error ? e.message.split('\n')[0] : String(e)));
    return 1;
  }
}

function buildShell(root: string): boolean {
  const r = spawnSync(process.execPath, [join(root, 'build', 'build-electron.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0;
}

function runElectron(binary: string, main: string, workspace: string): Promise<number> {
  return new Promise((done) => {
    const child = spawn(binary, [main, `--workspace=${workspace}`], { stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(T.error(e.message));
      done(1);
    });
    child.on('exit', (code) => {
      if (code) console.error(T.electronExited(code));
      done(code ?? 0);
    });
    // Ctrl-C reaches the child through the terminal; it closes its workspace and exits.
  });
}
