/**
 * IPC registration with a recording fake of ipcMain: every contract method has its channel, results
 * and throws both arrive as WireResult, pages other than ours are refused, and exportReport asks
 * for a folder when the page gave none.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import type { WorkstationApi } from '../../analytics/contract.ts';
import { WORKSTATION_METHODS } from '../../analytics/service/methods.ts';
import { WorkspaceError } from '../../analytics/workspace/errors.ts';
import { handle, registerIpc, type IpcMainLike } from '../ipc.ts';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function recorder(): IpcMainLike & { channels: Map<string, Listener> } {
  const channels = new Map<string, Listener>();
  return {
    channels,
    handle(channel, listener) {
      if (channels.has(channel)) throw new Error(`registered twice: ${channel}`);
      channels.set(channel, listener);
    },
  };
}

const fromApp = { senderFrame: { url: 'app://workstation/index.html#/overview' } } as unknown as IpcMainInvokeEvent;
const fromElsewhere = { senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;

/** A service whose every method records its call and echoes its arguments. */
function fakeService(calls: [string, unknown[]][]): WorkstationApi {
  return Object.fromEntries(WORKSTATION_METHODS.map((m) => [m, async (...args: unknown[]) => {
    calls.push([m, args]);
    if (m === 'openWorkspace') throw new WorkspaceError('BUSY', '工作区正被另一个程序使用：/x.duckdb');
    if (m === 'listBatches') throw new TypeError('boom');
    return { method: m, args };
  }])) as unknown as WorkstationApi;
}

describe('registerIpc', () => {
  it('registers one workstation:<method> channel per contract method, and nothing else', () => {
    const ipc = recorder();
    registerIpc(ipc, fakeService([]), { chooseReportFolder: async () => null });
    expect([...ipc.channels.keys()].sort()).toEqual(WORKSTATION_METHODS.map((m) => `workstation:${m}`).sort());
  });

  it('answers {ok:true, value} and passes the arguments through', async () => {
    const ipc = recorder();
    const calls: [string, unknown[]][] = [];
    registerIpc(ipc, fakeService(calls), { chooseReportFolder: async () => null });
    const filter = { year: 2025, division: '海州区' };
    expect(await ipc.channels.get('workstation:overview')!(fromApp, filter)).toEqual({ ok: true, value: { method: 'overview', args: [filter] } });
    expect(calls).toEqual([['overview', [filter]]]);
  });

  it('turns throws into {ok:false, error:{name, code, message}}', async () => {
    const ipc = recorder();
    registerIpc(ipc, fakeService([]), { chooseReportFolder: async () => null });
    expect(await ipc.channels.get('workstation:openWorkspace')!(fromApp, '/x.duckdb')).toEqual({
      ok: false, error: { name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用：/x.duckdb' },
    });
    expect(await ipc.channels.get('workstation:listBatches')!(fromApp)).toEqual({ ok: false, error: { name: 'TypeError', code: 'INTERNAL', message: '程序内部错误：boom' } });
  });

  it('refuses requests from any page but ours', async () => {
    const ipc = recorder();
    const calls: [string, unknown[]][] = [];
    registerIpc(ipc, fakeService(calls), { chooseReportFolder: async () => null });
    for (const event of [fromElsewhere, { senderFrame: null } as unknown as IpcMainInvokeEvent]) {
      expect(await ipc.channels.get('workstation:appInfo')!(event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('asks for a report folder when the page gave none, and reports a cancelled dialog', async () => {
    const calls: [string, unknown[]][] = [];
    const ipc = recorder();
    let answer: string | null = '/home/user/报告';
    registerIpc(ipc, fakeService(calls), { chooseReportFolder: async () => answer });
    const req = { year: 2025, formats: ['docx'] };
    expect(await ipc.channels.get('workstation:exportReport')!(fromApp, req)).toMatchObject({ ok: true });
    expect(calls[0]).toEqual(['exportReport', [{ ...req, outDir: '/home/user/报告' }]]);
    answer = null;
    expect(await ipc.channels.get('workstation:exportReport')!(fromApp, req)).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(await ipc.channels.get('workstation:exportReport')!(fromApp, { ...req, outDir: '/tmp/r' })).toMatchObject({ ok: true });
    expect(calls[1]).toEqual(['exportReport', [{ ...req, outDir: '/tmp/r' }]]);
  });
});

describe('handle', () => {
  it('wraps a synchronous throw too', async () => {
    const ipc = recorder();
    handle(ipc, 'c', () => {
      throw new Error('sync');
    });
    expect(await ipc.channels.get('c')!(fromApp)).toEqual({ ok: false, error: { name: 'Error', code: 'INTERNAL', message: '程序内部错误：sync' } });
  });
});
