/**
 * The window's security options, the guards against navigation, new windows and remote content,
 * the app:// protocol handler, and the remembered window bounds.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Event, HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../analytics/service/test/fixture.ts';
import { appRequestHandler, isAppUrl } from '../app-protocol.ts';
import { denyWindowOpen, guardContents, guardNavigation, isAllowedRequest } from '../navigation-guard.ts';
import { windowOptions } from '../window-options.ts';
import { DEFAULT_STATE, fitToDisplays, loadWindowState, saveWindowState, stateFile } from '../window-state.ts';

const tmp = tempDir('electron-window-');
afterAll(() => tmp.cleanup());

describe('window options', () => {
  it('isolate the page: contextIsolation, sandbox, no Node, our preload', () => {
    const o = windowOptions('/app/electron/dist/preload.cjs', { width: 1200, height: 800 }, '执法监督分析工作站');
    expect(o.webPreferences).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false,
      webSecurity: true, allowRunningInsecureContent: false, webviewTag: false, preload: '/app/electron/dist/preload.cjs',
    });
    expect(o).toMatchObject({ width: 1200, height: 800, title: '执法监督分析工作站', show: false });
  });
});

describe('navigation guards', () => {
  const event = () => {
    const e = { prevented: false, preventDefault() { e.prevented = true; } };
    return e;
  };

  it('refuse navigation away from the renderer', () => {
    for (const url of ['https://evil.example/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'app://other/index.html', 'javascript:alert(1)']) {
      const e = event();
      expect(guardNavigation(e, url), url).toBe(false);
      expect(e.prevented, url).toBe(true);
    }
    const ok = event();
    expect(guardNavigation(ok, 'app://workstation/index.html#/penalties?year=2025')).toBe(true);
    expect(ok.prevented).toBe(false);
  });

  it('deny every window.open', () => {
    for (const url of ['https://evil.example/', 'app://workstation/index.html', 'about:blank']) expect(denyWindowOpen({ url })).toEqual({ action: 'deny' });
  });

  it('cancel remote content, allow our files, data: and blob:', () => {
    expect(isAllowedRequest('app://workstation/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://workstation/1234')).toBe(true);
    for (const url of ['https://cdn.example/x.js', 'http://127.0.0.1:1234/api/health', 'file:///etc/passwd', 'ws://evil.example', 'ftp://x']) expect(isAllowedRequest(url), url).toBe(false);
  });

  it('are installed on a WebContents', () => {
    const listeners = new Map<string, (e: Event, url?: string) => void>();
    let openHandler: ((d: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
    guardContents({
      on: (name: string, fn: (e: Event, url?: string) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: (d: HandlerDetails) => WindowOpenHandlerResponse) => (openHandler = fn),
    } as never);
    const e = event();
    listeners.get('will-navigate')!(e as unknown as Event, 'https://evil.example');
    expect(e.prevented).toBe(true);
    const r = event();
    listeners.get('will-redirect')!(r as unknown as Event, 'https://evil.example');
    expect(r.prevented).toBe(true);
    const w = event();
    listeners.get('will-attach-webview')!(w as unknown as Event);
    expect(w.prevented).toBe(true);
    expect(openHandler!({ url: 'https://evil.example' } as HandlerDetails)).toEqual({ action: 'deny' });
  });
});

describe('app:// protocol', () => {
  const root = join(tmp.dir, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'x.js'), '1');
  writeFileSync(join(tmp.dir, 'secret.txt'), 'secret');
  const serve = appRequestHandler(root);

  it('serves the renderer with the CSP and its content types', async () => {
    const index = await serve(new Request('app://workstation/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(index.headers.get('content-type')).toContain('text/html');
    expect((await serve(new Request('app://workstation/assets/x.js'))).headers.get('content-type')).toContain('javascript');
    expect(isAppUrl('app://workstation/')).toBe(true);
    expect(isAppUrl('app://evil/')).toBe(false);
  });

  it('refuses traversal, other hosts and writes', async () => {
    for (const url of ['app://workstation/%2e%2e/secret.txt', 'app://workstation/..%2fsecret.txt', 'app://workstation/assets/', 'app://other/index.html']) {
      const r = await serve(new Request(url));
      expect([403, 404], url).toContain(r.status);
      expect(await r.text()).not.toContain('secret');
    }
    expect((await serve(new Request('app://workstation/index.html', { method: 'POST', body: 'x' }))).status).toBe(403);
  });
});

describe('window state', () => {
  it('is remembered, and a damaged file or an unplugged monitor falls back safely', () => {
    const file = stateFile(join(tmp.dir, 'profile'));
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
    saveWindowState(file, { x: 100, y: 80, width: 1300, height: 850, maximized: true });
    expect(loadWindowState(file)).toEqual({ x: 100, y: 80, width: 1300, height: 850, maximized: true });
    writeFileSync(file, '{not json');
    expect(loadWindowState(file)).toEqual(DEFAULT_STATE);
    const screen = [{ x: 0, y: 0, width: 1440, height: 900 }];
    expect(fitToDisplays({ x: 3000, y: 100, width: 1200, height: 800, maximized: false }, screen)).toEqual({ width: 1200, height: 800, maximized: false });
    expect(fitToDisplays({ x: 10, y: 10, width: 5000, height: 3000, maximized: false }, screen)).toEqual({ x: 10, y: 10, width: 1440, height: 900, maximized: false });
  });
});
