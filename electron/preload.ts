/**
 * The preload of the main window (bundled to one CommonJS file, electron/dist/preload.cjs, as a
 * sandboxed preload must be). It only installs `window.workstation`; see preload-api.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { exposeWorkstation } from './preload-api.ts';

exposeWorkstation(contextBridge, ipcRenderer);
