/**
 * What the preload puts on `window.workstation`: one method per contract entry, each invoking only
 * its own channel (never `ipcRenderer` itself). The methods unwrap the `WireResult` and throw an
 * Error carrying `name`, `code` and `message`.
 *
 * Why `executeInMainWorld` and not `exposeInMainWorld`: an Error thrown across the context bridge
 * arrives with its message only (electron/electron#25596), so `code` would be lost. Instead the
 * bridge carries plain `WireResult` objects (copied intact), and the small unwrapping wrapper is
 * installed in the page's own world, where the Error it throws is never copied.
 */
import type { WireResult, WorkstationApi, WorkstationMethod } from '../analytics/contract.ts';
import { channelOf, WORKSTATION_METHODS } from '../analytics/service/methods.ts';

/** The part of `ipcRenderer` used (a fake in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
}

/** The part of `contextBridge` used. */
export interface ContextBridgeLike {
  executeInMainWorld(script: { func: (...args: never[]) => unknown; args?: unknown[] }): unknown;
}

/** One function per method returning the raw `WireResult`. */
export type Carrier = { [K in WorkstationMethod]: (...args: Parameters<WorkstationApi[K]>) => Promise<WireResult<Awaited<ReturnType<WorkstationApi[K]>>>> };

/** The carrier: explicit, one entry per contract method, each bound to its channel. */
export function createCarrier(ipc: IpcRendererLike): Carrier {
  const invoke = (m: WorkstationMethod, ...args: unknown[]) => ipc.invoke(channelOf(m), ...args) as Promise<never>;
  return {
    appInfo: () => invoke('appInfo'),
    currentWorkspace: () => invoke('currentWorkspace'),
    openWorkspace: (path) => invoke('openWorkspace', path),
    createWorkspace: (path) => invoke('createWorkspace', path),
    listRecent: () => invoke('listRecent'),
    filterOptions: () => invoke('filterOptions'),
    overview: (filter) => invoke('overview', filter),
    analyze: (req) => invoke('analyze', req),
    previewImport: (source) => invoke('previewImport', source),
    startImport: (req) => invoke('startImport', req),
    importStatus: (jobId) => invoke('importStatus', jobId),
    cancelImport: (jobId) => invoke('cancelImport', jobId),
    listBatches: () => invoke('listBatches'),
    deleteBatch: (batchId) => invoke('deleteBatch', batchId),
    exportRejects: (batchIds) => invoke('exportRejects', batchIds),
    browse: (req) => invoke('browse', req),
    exportRows: (req) => invoke('exportRows', req),
    exportReport: (req) => invoke('exportReport', req),
    getSettings: () => invoke('getSettings'),
    updateSettings: (patch) => invoke('updateSettings', patch),
  };
}

/**
 * Runs IN THE PAGE'S WORLD (serialized by Electron: it may use nothing but its arguments and
 * globals). Defines a frozen, non-writable `workstation` whose methods unwrap the carrier's results.
 */
export function installWorkstation(carrier: object, methods: string[], target: object = globalThis): void {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const method of methods) {
    const call = (carrier as Record<string, (...args: unknown[]) => Promise<WireResult<unknown>>>)[method];
    api[method] = async (...args: unknown[]) => {
      const r = await call(...args);
      if (r.ok) return r.value;
      const error = new Error(r.error.message) as Error & { code: string };
      error.name = r.error.name;
      error.code = r.error.code;
      throw error;
    };
  }
  Object.defineProperty(target, 'workstation', { value: Object.freeze(api), enumerable: true, writable: false, configurable: false });
}

/** The preload's whole job: install `window.workstation`. */
export function exposeWorkstation(bridge: ContextBridgeLike, ipc: IpcRendererLike): void {
  bridge.executeInMainWorld({ func: installWorkstation, args: [createCarrier(ipc), [...WORKSTATION_METHODS]] });
}
