/**
 * `npm start`'s decisions: whether the Electron runtime is present, how the system browser is
 * opened, the Chinese menu, and browser mode on a workspace.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildWorkspace, tempDir } from '../../analytics/service/test/fixture.ts';
import { openerFor, startBrowserMode } from '../browser-mode.ts';
import { electronBinary } from '../electron-runtime.ts';
import { buildMenuTemplate, navigateScript, type MenuActions } from '../menu.ts';

const tmp = tempDir('electron-start-');
afterAll(() => tmp.cleanup());

describe('electron runtime detection', () => {
  it('is absent when the package throws or names a missing file', () => {
    expect(electronBinary(() => {
      throw new Error('Electron failed to install correctly');
    })).toBeNull();
    expect(electronBinary(() => '/nowhere/electron')).toBeNull();
    expect(electronBinary(() => process.execPath)).toBe(process.execPath);
  });

  it('is absent in this checkout (the binary cannot be downloaded here)', () => {
    expect(electronBinary()).toBeNull();
  });
});

describe('system browser', () => {
  it('uses xdg-open, open or start', () => {
    expect(openerFor('linux', 'http://127.0.0.1:1/?token=a')).toEqual({ command: 'xdg-open', args: ['http://127.0.0.1:1/?token=a'] });
    expect(openerFor('darwin', 'u').command).toBe('open');
    expect(openerFor('win32', 'http://x/?a=1&b=2')).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://x/?a=1^&b=2'] });
  });
});

describe('menu', () => {
  it('has the Chinese 文件 and 帮助 menus with their items, recent workspaces in a submenu', () => {
    const called: string[] = [];
    const actions = new Proxy({}, { get: (_t, name: string) => (arg?: string) => called.push(arg ? `${name}:${arg}` : name) }) as MenuActions;
    const menu = buildMenuTemplate(actions, [{ path: '/a.duckdb', openedAt: '2025-01-01T00:00:00', exists: true }, { path: '/gone.duckdb', openedAt: '2025-01-01T00:00:00', exists: false }], 'linux');
    const file = menu[0].submenu as { label?: string; submenu?: unknown; click?: () => void }[];
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '帮助']);
    expect(file.filter((i) => i.label).map((i) => i.label)).toEqual(['新建工作区…', '打开工作区…', '最近打开', '导入数据', '导出报告', '退出']);
    const recent = file[2].submenu as { label: string; click: () => void }[];
    expect(recent.map((r) => r.label)).toEqual(['/a.duckdb']);
    recent[0].click();
    for (const item of file) item.click?.();
    for (const item of menu[2].submenu as { click: () => void }[]) item.click();
    expect(called).toEqual(['openRecent:/a.duckdb', 'newWorkspace', 'openWorkspace', 'importData', 'exportReport', 'quit', 'guide', 'about']);
    expect((menu[2].submenu as { label: string }[]).map((i) => i.label)).toEqual(['使用说明', '关于']);
  });

  it('moves the page by its hash route, keeping the filter', () => {
    const location = { hash: '#/penalties?year=2025&agency=x' };
    new Function('location', navigateScript('import'))(location);
    expect(location.hash).toBe('#/import?year=2025&agency=x');
  });
});

describe('browser mode fallback', () => {
  it('serves the workspace on 127.0.0.1 with a token', async () => {
    const ws = await buildWorkspace(tmp.dir, ['行政区划_连云港.xlsx']);
    const { server, service } = await startBrowserMode(ws, { dataDir: tmp.dir });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
      expect((await fetch(`${server.origin}/api/health`)).status).toBe(401);
      expect((await fetch(`${server.origin}/api/health?token=${server.token}`)).status).toBe(200);
      const info = (await service.currentWorkspace())!;
      expect(info.isSample).toBe(true);
    } finally {
      await server.close();
      await service.close();
    }
  });
});
