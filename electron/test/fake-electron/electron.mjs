// A stand-in for the `electron` module (the runtime binary cannot be downloaded here), recording
// what the bundled main process asks of it so a test can check the wiring end to end.
export const calls = { privileged: [], protocols: new Map(), ipc: new Map(), windows: [], menus: [], errors: [], permissions: null, beforeRequest: null, headers: null };
const listeners = new Map();
let ready = () => undefined;
export const menuInstalled = new Promise((resolve) => (ready = resolve));

export const app = {
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  on(event, fn) {
    listeners.set(event, [...(listeners.get(event) ?? []), fn]);
    return app;
  },
  emit(event, ...args) {
    for (const fn of listeners.get(event) ?? []) fn(...args);
  },
  quit() {
    const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
    app.emit('before-quit', event);
    if (!event.defaultPrevented) app.emit('quit-done');
  },
  exit: (code) => process.exit(code),
  getPath: () => process.env.SUPERVISE_DATA_DIR,
  getVersion: () => '0.0.0-test',
};

export const protocol = { registerSchemesAsPrivileged: (list) => calls.privileged.push(...list) };

export const session = {
  defaultSession: {
    protocol: { handle: (scheme, fn) => calls.protocols.set(scheme, fn) },
    webRequest: {
      onBeforeRequest: (fn) => (calls.beforeRequest = fn),
      onHeadersReceived: (fn) => (calls.headers = fn),
    },
    setPermissionRequestHandler: (fn) => (calls.permissions = fn),
  },
};

export const ipcMain = { handle: (channel, fn) => calls.ipc.set(channel, fn) };

export class BrowserWindow {
  constructor(options) {
    this.options = options;
    this.loaded = null;
    this.webContents = { handlers: new Map(), on: (e, fn) => this.webContents.handlers.set(e, fn), setWindowOpenHandler: (fn) => (this.webContents.openHandler = fn), reload() {}, executeJavaScript: async () => undefined };
    calls.windows.push(this);
  }
  loadURL(url) {
    this.loaded = url;
    return Promise.resolve();
  }
  once() {}
  on() {}
  getNormalBounds = () => ({ x: 0, y: 0, width: 1400, height: 860 });
  isMaximized = () => false;
  isMinimized = () => false;
  maximize() {}
  show() {}
  focus() {}
  restore() {}
}

export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export const Menu = {
  buildFromTemplate: (t) => t,
  setApplicationMenu(m) {
    calls.menus.push(m);
    ready();
  },
};

export const dialog = {
  showErrorBox: (title, message) => calls.errors.push(`${title}: ${message}`),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async () => ({ canceled: true }),
  showMessageBox: async () => ({ response: 0 }),
};

export const contextBridge = {};
export const ipcRenderer = {};
export default { app, protocol, session, ipcMain, BrowserWindow, screen, Menu, dialog, contextBridge, ipcRenderer };
