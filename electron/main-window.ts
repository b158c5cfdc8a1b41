/**
 * Creating the main window: remembered bounds, the security options, the guards against
 * navigation and new windows, and showing it once the page has painted.
 */
import { BrowserWindow, screen } from 'electron';
import { APP_INDEX } from './app-protocol.ts';
import { guardContents } from './navigation-guard.ts';
import { T } from './messages.ts';
import { fitToDisplays, loadWindowState, saveWindowState, stateFile } from './window-state.ts';
import { windowOptions } from './window-options.ts';

/** Opens the main window on the renderer. */
export function createMainWindow(opts: { preload: string; dataDir: string; icon?: string }): BrowserWindow {
  const file = stateFile(opts.dataDir);
  const state = fitToDisplays(loadWindowState(file), screen.getAllDisplays().map((d) => d.workArea));
  const { maximized, ...bounds } = state;
  const win = new BrowserWindow({ ...windowOptions(opts.preload, bounds, T.appTitle), icon: opts.icon });
  guardContents(win.webContents);
  win.once('ready-to-show', () => {
    if (maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    const b = win.getNormalBounds();
    saveWindowState(file, { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
  });
  void win.loadURL(APP_INDEX);
  return win;
}
