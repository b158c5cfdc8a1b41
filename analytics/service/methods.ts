/**
 * The contract's method names as a runtime list: the hosts iterate it to register IPC channels and
 * HTTP routes, and the tests check every method is wired. `satisfies` makes a method missing from
 * (or added to) the contract a type error here. No imports besides types: the preload bundles it.
 */
import type { WorkstationMethod } from '../contract.ts';

const METHODS = {
  appInfo: true,
  currentWorkspace: true,
  openWorkspace: true,
  createWorkspace: true,
  listRecent: true,
  filterOptions: true,
  overview: true,
  analyze: true,
  previewImport: true,
  startImport: true,
  importStatus: true,
  cancelImport: true,
  listBatches: true,
  deleteBatch: true,
  exportRejects: true,
  browse: true,
  exportRows: true,
  exportReport: true,
  getSettings: true,
  updateSettings: true,
} as const satisfies Record<WorkstationMethod, true>;

/** Every method of `WorkstationApi`, in contract order. */
export const WORKSTATION_METHODS = Object.keys(METHODS) as WorkstationMethod[];

/** True when `name` is a contract method (guards HTTP routes and IPC channels). */
export function isWorkstationMethod(name: string): name is WorkstationMethod {
  return Object.prototype.hasOwnProperty.call(METHODS, name);
}

/** The IPC channel of a method: `workstation:<method>`. */
export function channelOf(method: WorkstationMethod): string {
  return `workstation:${method}`;
}
