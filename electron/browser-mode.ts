/**
 * Browser mode for `npm start` when Electron is absent: the same server as `supervise serve` on
 * the sample workspace, the URL printed, the system browser opened where there is one, and
 * serving until Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { createWorkstationService } from '../analytics/service/service.ts';
import { startServer, type RunningServer } from '../analytics/service/http/server.ts';
import type { WorkstationService } from '../analytics/service/service.ts';

/** The command that opens a URL in the default browser on this platform. */
export function openerFor(platform: NodeJS.Platform, url: string): { command: string; args: string[] } {
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // `start` is a cmd built-in; its first quoted argument is the window title.
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replaceAll('&', '^&')] };
  return { command: 'xdg-open', args: [url] };
}

/** Tries to open `url` in the system browser; failure (no browser, no desktop) is ignored. */
export function openBrowser(url: string, platform = process.platform): void {
  const { command, args } = openerFor(platform, url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // Printing the URL is enough.
  }
}

/** Starts browser mode on `workspace`. */
export async function startBrowserMode(workspace: string, opts: { port?: number; rendererDir?: string; dataDir?: string } = {}): Promise<{ server: RunningServer; service: WorkstationService }> {
  const service = createWorkstationService({ host: 'browser', samplePath: workspace, dataDir: opts.dataDir });
  try {
    await service.openWorkspace(workspace);
    const server = await startServer({ service, port: opts.port ?? 0, rendererDir: opts.rendererDir });
    return { server, service };
  } catch (e) {
    await service.close();
    throw e;
  }
}
