/**
 * The preload with a fake contextBridge and ipcRenderer: `window.workstation` has exactly the
 * contract's methods, each invoking its own channel; results are unwrapped and failures rethrown as
 * Errors carrying name, code and message. The function installed in the page's world is run from
 * its source text, as Electron serializes it, to prove it needs nothing from the preload's scope.
 */
import { describe, expect, it } from 'vitest';
import { WORKSTATION_METHODS } from '../../analytics/service/methods.ts';
import { createCarrier, exposeWorkstation, installWorkstation, type ContextBridgeLike } from '../preload-api.ts';

function setup(answer: (channel: string, args: unknown[]) => unknown) {
  const invoked: [string, unknown[]][] = [];
  const ipc = {
    async invoke(channel: string, ...args: unknown[]) {
      invoked.push([channel, args]);
      return answer(channel, args);
    },
  };
  const page: Record<string, unknown> = {};
  const bridge: ContextBridgeLike = {
    executeInMainWorld({ func, args }) {
      // Electron serializes `func`: rebuild it from its source so closures would be caught.
      const rebuilt = new Function(`return (${func.toString()})`)() as (...a: unknown[]) => unknown;
      return rebuilt(...(args ?? []), page);
    },
  };
  exposeWorkstation(bridge, ipc);
  return { invoked, api: page.workstation as Record<string, (...a: unknown[]) => Promise<unknown>> };
}

describe('preload', () => {
  it('exposes exactly the contract methods, all functions, frozen', () => {
    const { api } = setup(() => ({ ok: true, value: null }));
    expect(Object.keys(api).sort()).toEqual([...WORKSTATION_METHODS].sort());
    for (const v of Object.values(api)) expect(typeof v).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
    expect('ipcRenderer' in api || 'invoke' in api || 'send' in api).toBe(false);
  });

  it('each method invokes its own channel with its declared arguments only and unwraps the value', async () => {
    const { api, invoked } = setup((channel, args) => ({ ok: true, value: { channel, args } }));
    const noArgs = new Set(['appInfo', 'currentWorkspace', 'listRecent', 'filterOptions', 'listBatches', 'getSettings']);
    for (const m of WORKSTATION_METHODS) {
      expect(await api[m]('a', 2)).toEqual({ channel: `workstation:${m}`, args: noArgs.has(m) ? [] : ['a'] });
    }
    expect(invoked.map(([c]) => c)).toEqual(WORKSTATION_METHODS.map((m) => `workstation:${m}`));
  });

  it('rethrows a WireResult error as an Error with name, code and message', async () => {
    const { api } = setup(() => ({ ok: false, error: { name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用' } }));
    const e = await api.openWorkspace('/x').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect(e).toMatchObject({ name: 'WorkspaceError', code: 'BUSY', message: '工作区正被另一个程序使用' });
  });

  it('cannot be replaced by the page', () => {
    const page: Record<string, unknown> = {};
    installWorkstation(createCarrier({ invoke: async () => ({ ok: true, value: 1 }) }), [...WORKSTATION_METHODS], page);
    expect(() => {
      'use strict';
      page.workstation = {};
    }).toThrow();
    expect(() => Object.defineProperty(page, 'workstation', { value: 1 })).toThrow();
  });
});
