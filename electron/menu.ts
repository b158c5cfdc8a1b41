/**
 * The Chinese application menu: 文件 (新建工作区 / 打开工作区 / 最近打开 / 导入数据 / 导出报告 / 退出),
 * 编辑 (so copy and paste work in text fields on macOS) and 帮助 (使用说明 / 关于). The template is
 * built from plain callbacks so it can be tested without Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { RecentWorkspace } from '../analytics/contract.ts';
import { T } from './messages.ts';

/** What the menu items do. */
export interface MenuActions {
  newWorkspace(): void;
  openWorkspace(): void;
  openRecent(path: string): void;
  importData(): void;
  exportReport(): void;
  quit(): void;
  guide(): void;
  about(): void;
}

/** The menu template. */
export function buildMenuTemplate(actions: MenuActions, recent: readonly RecentWorkspace[], platform = process.platform): MenuItemConstructorOptions[] {
  const mod = platform === 'darwin' ? 'Cmd' : 'Ctrl';
  const recentItems: MenuItemConstructorOptions[] = recent.filter((r) => r.exists).length
    ? recent.filter((r) => r.exists).map((r) => ({ label: r.path, click: () => actions.openRecent(r.path) }))
    : [{ label: T.menu.noRecent, enabled: false }];
  return [
    {
      label: T.menu.file,
      submenu: [
        { label: T.menu.newWorkspace, accelerator: `${mod}+N`, click: () => actions.newWorkspace() },
        { label: T.menu.openWorkspace, accelerator: `${mod}+O`, click: () => actions.openWorkspace() },
        { label: T.menu.recent, submenu: recentItems },
        { type: 'separator' },
        { label: T.menu.importData, accelerator: `${mod}+I`, click: () => actions.importData() },
        { label: T.menu.exportReport, accelerator: `${mod}+E`, click: () => actions.exportReport() },
        { type: 'separator' },
        { label: T.menu.quit, accelerator: `${mod}+Q`, click: () => actions.quit() },
      ],
    },
    {
      label: T.menu.edit,
      submenu: [
        { label: T.menu.undo, role: 'undo' },
        { label: T.menu.redo, role: 'redo' },
        { type: 'separator' },
        { label: T.menu.cut, role: 'cut' },
        { label: T.menu.copy, role: 'copy' },
        { label: T.menu.paste, role: 'paste' },
        { label: T.menu.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: T.menu.help,
      submenu: [
        { label: T.menu.guide, click: () => actions.guide() },
        { label: T.menu.about, click: () => actions.about() },
      ],
    },
  ];
}

/** The script that moves the renderer to a page, keeping the filter part of its hash route. */
export function navigateScript(page: 'import' | 'report'): string {
  // Constant text with a page key from the union above; the hash format is the renderer's (#/<page>?filter).
  return `(() => { const h = location.hash; const q = h.indexOf('?'); location.hash = '#/${page}' + (q >= 0 ? h.slice(q) : ''); })()`;
}
