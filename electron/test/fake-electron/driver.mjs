// Runs the bundled main process (electron/dist/main.mjs) against the stand-in `electron` module,
// drives a few IPC calls as the renderer would, quits, and prints what happened as JSON.
import { register } from 'node:module';
import { resolve } from 'node:path';

register('./hooks.mjs', import.meta.url);
const fake = await import('electron');
const main = resolve(import.meta.dirname, '../../dist/main.mjs');
process.argv.push(`--workspace=${process.argv[2]}`);
await import(main);
await Promise.race([fake.menuInstalled, new Promise((_, fail) => setTimeout(() => fail(new Error('main did not finish starting')), 60_000))]);

const { calls, app } = fake;
const sender = { senderFrame: { url: 'app://workstation/index.html' } };
const invoke = (m, ...args) => calls.ipc.get(`workstation:${m}`)(sender, ...args);
const page = await calls.protocols.get('app')(new Request('app://workstation/index.html'));
// Any WebContents created later (devtools, a frame a bug might open) gets the guards too.
const later = { handlers: new Map(), on(e, fn) { this.handlers.set(e, fn); }, setWindowOpenHandler(fn) { this.openHandler = fn; } };
app.emit('web-contents-created', {}, later);
const guards = (contents) => {
  const nav = { prevented: false, preventDefault() { this.prevented = true; } };
  contents.handlers.get('will-navigate')?.(nav, 'https://evil.example/');
  const inApp = { prevented: false, preventDefault() { this.prevented = true; } };
  contents.handlers.get('will-navigate')?.(inApp, 'app://workstation/index.html#/browse');
  return { events: [...contents.handlers.keys()].sort(), open: contents.openHandler?.({ url: 'https://evil.example/' }) ?? null, navigateAway: nav.prevented, navigateInApp: inApp.prevented };
};
const traversal = await calls.protocols.get('app')(new Request('app://workstation/%2e%2e/package.json'));
const out = {
  privileged: calls.privileged,
  channels: [...calls.ipc.keys()].sort(),
  window: { options: calls.windows[0]?.options, loaded: calls.windows[0]?.loaded },
  menu: calls.menus[0]?.map((m) => m.label),
  appInfo: await invoke('appInfo'),
  workspace: await invoke('currentWorkspace'),
  analyze: await invoke('analyze', { name: 'penalties', filter: { year: 2025 } }).then((r) => ({ ok: r.ok, cases: r.value?.result?.summary?.cases, tables: Object.keys(r.value?.tables ?? {}).length })),
  report: await invoke('exportReport', { year: 2025, formats: ['docx'] }),
  foreign: await calls.ipc.get('workstation:appInfo')({ senderFrame: { url: 'https://evil.example/' } }),
  remote: calls.beforeRequest ? await new Promise((r) => calls.beforeRequest({ url: 'https://cdn.example/x.js' }, r)) : null,
  permission: calls.permissions ? await new Promise((r) => calls.permissions(null, 'media', r)) : null,
  local: calls.beforeRequest ? await Promise.all(['app://workstation/assets/x.js', 'http://127.0.0.1:8080/', 'file:///etc/passwd', 'ws://evil.example/'].map((url) => new Promise((r) => calls.beforeRequest({ url }, (v) => r([url, v.cancel]))))) : null,
  headers: calls.headers ? await new Promise((r) => calls.headers({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': ['default-src *'] } }, r)) : null,
  guards: { window: guards(calls.windows[0].webContents), later: guards(later) },
  page: { status: page.status, csp: page.headers.get('content-security-policy') },
  traversal: traversal.status,
  errors: calls.errors,
};
process.stdout.write(JSON.stringify(out) + '\n');
app.on('quit-done', () => process.exit(0));
app.quit();
