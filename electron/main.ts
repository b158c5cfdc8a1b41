/**
 * The Electron main process: one window (single-instance lock), the renderer served from
 * app://workstation with a strict CSP, no remote content, the engine service in this process with
 * every IPC handler registered in ipc.ts, and a Chinese menu. Bundled to electron/dist/main.mjs by
 * `npm run build:electron`; started by `npm start` with `--workspace=<path>` (the sample).
 */
import { app, dialog, ipcMain, protocol, session } from 'electron';
import { existsSync } from 'node:fs';
import { createWorkstationService } from '../analytics/service/service.ts';
import { toWireError } from '../analytics/service/errors.ts';
import { CONTENT_SECURITY_POLICY } from '../analytics/service/http/security-headers.ts';
import { ensureSampleWorkspace, userDataDir } from '../analytics/workspace/sample.ts';
import { APP_SCHEME, appRequestHandler } from './app-protocol.ts';
import { registerIpc } from './ipc.ts';
import { createMainWindow } from './main-window.ts';
import { chooseReportFolder, installMenu } from './menu-actions.ts';
import { T } from './messages.ts';
import { guardContents, isAllowedRequest } from './navigation-guard.ts';
import { findAppRoot, shellPaths } from './paths.ts';

// Must happen before `ready`: app:// is a standard, secure origin for the page.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function workspaceArg(argv: readonly string[]): string | null {
  const a = argv.find((x) => x.startsWith('--workspace='));
  return a ? a.slice('--workspace='.length) : null;
}

async function run(): Promise<void> {
  await app.whenReady();
  const paths = shellPaths(findAppRoot(import.meta.dirname));
  const dataDir = userDataDir();
  const samplePath = await ensureSampleWorkspace();
  const service = createWorkstationService({ host: 'electron', dataDir, samplePath });
  const recent = (await service.listRecent()).find((r) => r.exists)?.path;
  for (const candidate of [workspaceArg(process.argv), recent, samplePath]) {
    if (!candidate || !existsSync(candidate)) continue;
    try {
      await service.openWorkspace(candidate);
      break;
    } catch {
      // Busy or damaged: try the next one; the page offers 打开工作区 when none could be opened.
    }
  }

  const ses = session.defaultSession;
  ses.protocol.handle(APP_SCHEME, appRequestHandler(paths.rendererDist));
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
  ses.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } }),
  );
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  // Every WebContents (the window, devtools, anything a bug might open) gets the same guards.
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  const win = createMainWindow({ preload: paths.preload, dataDir, icon: existsSync(paths.icon) ? paths.icon : undefined });
  registerIpc(ipcMain, service, { chooseReportFolder: () => chooseReportFolder(win) });
  await installMenu(win, service);

  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Close the workspace (cancelling imports, which roll back) before the process ends.
    event.preventDefault();
    closing = true;
    void service.close().finally(() => app.quit());
  });
  app.on('window-all-closed', () => app.quit());
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  run().catch((e) => {
    dialog.showErrorBox(T.dialog.startFailed, toWireError(e).message);
    app.exit(1);
  });
}
