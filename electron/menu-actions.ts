/**
 * What the menu items do in the running app: native dialogs for new / open workspace and the
 * report folder, switching workspaces (then reloading the page so every view re-reads), moving
 * the page to 数据导入 / 报告导出, and the help boxes.
 */
import { app, dialog, Menu, type BrowserWindow } from 'electron';
import { extname, join } from 'node:path';
import type { WorkstationService } from '../analytics/service/service.ts';
import { toWireError } from '../analytics/service/errors.ts';
import { buildMenuTemplate, navigateScript, type MenuActions } from './menu.ts';
import { T } from './messages.ts';

/** Rebuilds the application menu (after the recent list changed). */
export async function installMenu(win: BrowserWindow, service: WorkstationService): Promise<void> {
  const actions = menuActions(win, service);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(actions, await service.listRecent())));
}

/** Native folder dialog for report export; null when cancelled. */
export async function chooseReportFolder(win: BrowserWindow): Promise<string | null> {
  const r = await dialog.showOpenDialog(win, { title: T.dialog.reportFolderTitle, properties: ['openDirectory', 'createDirectory'], defaultPath: app.getPath('documents') });
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

function menuActions(win: BrowserWindow, service: WorkstationService): MenuActions {
  const filters = [{ name: T.dialog.workspaceFilter, extensions: ['duckdb'] }];
  const switchTo = async (open: () => Promise<unknown>) => {
    try {
      await open();
      win.webContents.reload();
      await installMenu(win, service);
    } catch (e) {
      dialog.showErrorBox(T.dialog.openFailed, toWireError(e).message);
    }
  };
  const navigate = (page: 'import' | 'report') => void win.webContents.executeJavaScript(navigateScript(page)).catch(() => undefined);
  return {
    async newWorkspace() {
      const r = await dialog.showSaveDialog(win, { title: T.dialog.newTitle, defaultPath: join(app.getPath('documents'), T.dialog.defaultName), filters });
      if (r.canceled || !r.filePath) return;
      const path = extname(r.filePath).toLowerCase() === '.duckdb' ? r.filePath : `${r.filePath}.duckdb`;
      await switchTo(() => service.createWorkspace(path));
    },
    async openWorkspace() {
      const r = await dialog.showOpenDialog(win, { title: T.dialog.openTitle, properties: ['openFile'], filters });
      if (r.canceled || !r.filePaths[0]) return;
      await switchTo(() => service.openWorkspace(r.filePaths[0]));
    },
    openRecent: (path) => void switchTo(() => service.openWorkspace(path)),
    importData: () => navigate('import'),
    exportReport: () => navigate('report'),
    quit: () => app.quit(),
    guide: () => void dialog.showMessageBox(win, { type: 'info', title: T.menu.guide, message: T.menu.guide, detail: T.guide, buttons: [T.dialog.ok] }),
    about: () => void dialog.showMessageBox(win, { type: 'info', title: T.menu.about, message: T.menu.about, detail: T.about(app.getVersion(), process.versions.electron ?? ''), buttons: [T.dialog.ok] }),
  };
}
