/**
 * The settings the UI may read and change (`WorkspaceSettings`): a known list of keys, each with
 * its value check. The page sends a patch object, so its keys are data from outside: a key not in
 * the list is refused by name before anything is written, and values are stored as bound JSON.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { WorkspaceSettings } from '../contract.ts';
import { readSettings, writeSetting } from '../workspace/settings.ts';
import { WorkstationError } from './errors.ts';
import { M } from './messages.ts';
import { asObject } from './validate.ts';

type Check = (v: unknown, key: string) => unknown;

const asBoolean: Check = (v, key) => {
  if (typeof v !== 'boolean') throw new WorkstationError('INVALID_ARGUMENT', M.badSettingValue(key));
  return v;
};

/** The editable keys and how their values are checked. */
const EDITABLE = { mask_personal_data: asBoolean } as const satisfies Record<keyof WorkspaceSettings, Check>;

/** The editable keys, in display order. */
export const EDITABLE_SETTINGS = Object.keys(EDITABLE) as (keyof WorkspaceSettings)[];

function isEditable(key: string): key is keyof WorkspaceSettings {
  return Object.prototype.hasOwnProperty.call(EDITABLE, key);
}

/** A checked patch: known keys only, values of the right type, at least one key. */
export function asSettingsPatch(input: unknown): Partial<WorkspaceSettings> {
  const o = asObject(input, '设置');
  const out: Partial<Record<keyof WorkspaceSettings, unknown>> = {};
  for (const key of Object.keys(o)) {
    if (!isEditable(key)) throw new WorkstationError('INVALID_ARGUMENT', M.unknownSetting(key));
    out[key] = EDITABLE[key](o[key], key);
  }
  if (Object.keys(out).length === 0) throw new WorkstationError('INVALID_ARGUMENT', M.emptySettings);
  return out as Partial<WorkspaceSettings>;
}

/** The editable settings of a workspace (defaults where unset). */
export async function readEditableSettings(conn: DuckDBConnection): Promise<WorkspaceSettings> {
  const all = await readSettings(conn);
  return { mask_personal_data: all.mask_personal_data !== false };
}

/** Writes a checked patch, one row per key. */
export async function writeSettingsPatch(conn: DuckDBConnection, patch: Partial<WorkspaceSettings>): Promise<void> {
  for (const key of EDITABLE_SETTINGS) {
    if (patch[key] !== undefined) await writeSetting(conn, key, patch[key]);
  }
}
