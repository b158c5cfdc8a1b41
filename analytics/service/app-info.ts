/**
 * App and host information: name, version, which host serves the UI, and whether PDF export can
 * work — it needs LibreOffice (`soffice` / `libreoffice`) on the PATH or in its usual install folder.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { AppInfo } from '../contract.ts';
import { M } from './messages.ts';

const OFFICE_NAMES = ['soffice', 'libreoffice'];
const OFFICE_FOLDERS: Record<string, string[]> = {
  win32: ['C:\\Program Files\\LibreOffice\\program', 'C:\\Program Files (x86)\\LibreOffice\\program'],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS'],
};

/** The path of an executable named one of `names` on PATH or in `extraDirs`, or null. */
export function findExecutable(names: readonly string[], env: NodeJS.ProcessEnv = process.env, platform = process.platform, extraDirs: readonly string[] = []): string | null {
  const dirs = [...(env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter), ...extraDirs].filter(Boolean);
  const exts = platform === 'win32' ? (env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const name of names) {
      for (const ext of exts) {
        const file = join(dir, name + ext.toLowerCase());
        try {
          if (!statSync(file).isFile()) continue;
          if (platform !== 'win32') accessSync(file, constants.X_OK);
          return file;
        } catch {
          // Not there or not executable: keep looking.
        }
      }
    }
  }
  return null;
}

let office: string | null | undefined;

/** LibreOffice's executable, looked up once per process. */
export function officeExecutable(): string | null {
  if (office === undefined) office = findExecutable(OFFICE_NAMES, process.env, process.platform, OFFICE_FOLDERS[process.platform] ?? []);
  return office;
}

/** Whether PDF export is available, and why not. */
export function pdfAvailability(): AppInfo['pdf'] {
  return officeExecutable() ? { available: true, reason: null } : { available: false, reason: M.pdfMissing };
}

/** The package version (package.json two folders up, in the sources and in the bundled shell alike). */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** The app information for a host. */
export function appInfo(host: AppInfo['host']): AppInfo {
  return { name: M.appName, version: appVersion(), host, pdf: pdfAvailability() };
}
