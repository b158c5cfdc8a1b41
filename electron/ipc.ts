/**
 * The ONE place IPC handlers are registered. Every contract method gets the channel
 * `workstation:<method>`, wrapped by `handle` so the renderer always receives a `WireResult`
 * (Electron keeps only the message of a thrown Error, so errors travel as data). Requests from
 * any page other than our renderer are refused.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { ReportRequest, WireResult, WorkstationApi } from '../analytics/contract.ts';
import { toWireError, WorkstationError } from '../analytics/service/errors.ts';
import { channelOf, WORKSTATION_METHODS } from '../analytics/service/methods.ts';
import { isAppUrl } from './app-protocol.ts';
import { T } from './messages.ts';

/** The part of `ipcMain` used here (a recording fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/** What the shell adds to the service. */
export interface IpcHooks {
  /** Asks for a folder when the renderer did not give one (native dialog); null if cancelled. */
  chooseReportFolder(): Promise<string | null>;
  /** Whether a sender URL is our renderer (default: the app:// origin). */
  isTrustedSender?(url: string): boolean;
}

/** Registers `fn` on `channel`, answering `{ok:true, value}` or `{ok:false, error:{name, code, message}}`. */
export function handle(ipcMain: IpcMainLike, channel: string, fn: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void {
  ipcMain.handle(channel, async (event, ...args): Promise<WireResult<unknown>> => {
    try {
      return { ok: true, value: await fn(event, ...args) };
    } catch (e) {
      return { ok: false, error: toWireError(e) };
    }
  });
}

function senderUrl(event: IpcMainInvokeEvent): string {
  return event.senderFrame?.url ?? '';
}

/** Registers every contract method of `service`. */
export function registerIpc(ipcMain: IpcMainLike, service: WorkstationApi, hooks: IpcHooks): void {
  const trusted = hooks.isTrustedSender ?? isAppUrl;
  for (const method of WORKSTATION_METHODS) {
    handle(ipcMain, channelOf(method), async (event, ...args) => {
      if (!trusted(senderUrl(event))) throw new WorkstationError('FORBIDDEN', T.untrustedSender);
      if (method === 'exportReport') return exportReport(service, hooks, args[0]);
      return (service[method] as (...a: unknown[]) => Promise<unknown>)(...args);
    });
  }
}

/** In the desktop app the report folder comes from a native dialog when the page gave none. */
async function exportReport(service: WorkstationApi, hooks: IpcHooks, req: unknown): Promise<unknown> {
  const r = (req ?? {}) as ReportRequest;
  if (typeof r === 'object' && !r.outDir) {
    const dir = await hooks.chooseReportFolder();
    if (!dir) throw new WorkstationError('CANCELLED', T.dialog.reportCancelled);
    return service.exportReport({ ...r, outDir: dir });
  }
  return service.exportReport(r);
}
