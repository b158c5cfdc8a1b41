/**
 * The `supervise` CLI as the tests use it: the same entry point users run, so the numbers the UI
 * shows are compared with what the command line prints.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT, SUPERVISE } from './paths.ts';

const run = promisify(execFile);

/** Runs `supervise ARGS…` and returns stdout; rejects with stderr on failure. */
export async function supervise(args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [SUPERVISE, ...args], { cwd: REPO_ROOT, maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (e) {
    const err = e as { stderr?: string; message: string };
    throw new Error(`supervise ${args.join(' ')} 失败：${err.stderr?.trim() || err.message}`);
  }
}

/** `supervise … --json` parsed. */
export async function superviseJson<T>(args: string[]): Promise<T> {
  return JSON.parse(await supervise([...args, '--json'])) as T;
}
