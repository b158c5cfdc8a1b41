/**
 * Workspace settings (`setting` table, JSON values): report titles, survey label map, analysis
 * thresholds, personal-data masking. Defaults are what a new workspace is seeded with.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { sql } from '../sql/fragment.ts';
import { all, exec } from '../sql/run.ts';

/** Settings and their defaults. */
export const DEFAULT_SETTINGS = {
  /** 司法局 name used in report titles. */
  bureau_name: '连云港市司法局',
  /** City name used in findings and titles. */
  city_name: '连云港市',
  /** Survey label map preset (see import/values/survey-label.ts). */
  survey_label_map: 'default',
  /** Whether 基本满意 counts towards 满意率 in surveys (DOMAIN §6). */
  survey_satisfied_includes_basic: false,
  /** Hotspot cell: z ≥ hotspot_z and observed ≥ hotspot_min_count (DOMAIN §8). */
  hotspot_z: 3,
  hotspot_min_count: 10,
  /** Surge: count ≥ surge_ratio × mean of the previous three months and ≥ surge_min_count. */
  surge_ratio: 2,
  surge_min_count: 10,
  /** 同案不同罚: coefficient of variation flag and minimum group size. */
  consistency_cv: 0.5,
  consistency_min_cases: 5,
  /** Groups smaller than this are shown but marked too small (survey). */
  min_group_size: 30,
  /** Mask phone and ID numbers in reports and UI. */
  mask_personal_data: true,
} as const;

/** A setting key. */
export type SettingKey = keyof typeof DEFAULT_SETTINGS;

/** All settings of a workspace, defaults filled in for missing keys. */
export async function readSettings(conn: DuckDBConnection): Promise<{ -readonly [K in SettingKey]: (typeof DEFAULT_SETTINGS)[K] extends string ? string : (typeof DEFAULT_SETTINGS)[K] extends number ? number : boolean }> {
  const rows = await all<{ key: string; value: string }>(conn, sql`SELECT key, value::VARCHAR AS value FROM setting`, 'read settings');
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const r of rows) out[r.key] = JSON.parse(r.value);
  return out as never;
}

/** Writes one setting. */
export async function writeSetting(conn: DuckDBConnection, key: SettingKey, value: unknown): Promise<void> {
  await exec(conn, sql`INSERT OR REPLACE INTO setting (key, value) VALUES (${key}, ${JSON.stringify(value)}::JSON)`, 'write setting');
}
