/**
 * The real browser-mode host: `node analytics/cli/supervise.mjs serve --workspace WS --port 0`,
 * whose first stdout line is `http://127.0.0.1:PORT/?token=TOKEN`. `SUPERVISE_NODE_ARGS` (space
 * separated) passes extra Node options to it, e.g. `--inspect` when debugging.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT, SUPERVISE } from './paths.ts';

export interface Host {
  /** The address with the token, as printed. */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts the host on a workspace and resolves once it printed its address; `env` adds to the host's environment. */
export function startHost(workspace: string, timeoutMs = 90_000, env: NodeJS.ProcessEnv = {}): Promise<Host> {
  const extra = (process.env.SUPERVISE_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...extra, SUPERVISE, 'serve', '--workspace', workspace, '--port', '0'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
      // A host that does not stop in time is killed so the test run can end.
      setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
    });
  return new Promise<Host>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`supervise serve 未在 ${timeoutMs / 1000} 秒内启动：${stderr}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`supervise serve 退出（${code}）：${stderr}`));
    });
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      const url = line.trim();
      const u = new URL(url);
      resolve({ url, origin: u.origin, token: u.searchParams.get('token') ?? '', stop });
    });
  });
}
