/**
 * Divisions (区划: name, parent, 常住人口, 经营主体数, streets) → `division`. A division import
 * replaces the table, so the product works for any city; a division the file names again keeps its
 * street list and region codes when the file gives none (the seed's or an earlier import's).
 */
import { sql } from '../../../sql/fragment.ts';
import { exec } from '../../../sql/run.ts';
import type { KindLoaderFactory } from '../kind-loader.ts';
import { DuplicateKeys } from './shared.ts';

const COLUMNS = [
  ['name', 'text'], ['parent', 'text'], ['kind', 'text'], ['population', 'int'], ['entities', 'int'], ['streets', 'text[]'],
] as const;

/**
 * A head count in persons (or entities): `80.5万` in the cell, or `80.5` under a `（万人）` / `（万户）`
 * header, is 805 000.
 */
export function count(text: string | null, headerUnit: string | null = null): number | null | 'bad' {
  if (text === null) return null;
  const t = text.replace(/[,，\s]/g, '');
  const wan = /万[人户家个]?$/.test(t) || (headerUnit !== null && /^万/.test(headerUnit));
  const n = Number(t.replace(/万[人户家个]?$|[人户家个]$/, ''));
  if (!Number.isFinite(n) || n < 0) return 'bad';
  return Math.round(wan ? n * 1e4 : n);
}

/** The division converter. */
export const divisionLoader: KindLoaderFactory = async (ctx) => {
  // Keep what the table held for the merge in finish(), then empty it: this import replaces it.
  await exec(ctx.conn, sql`CREATE OR REPLACE TEMP TABLE division_before AS SELECT * FROM division`, '保存原区划');
  await exec(ctx.conn, sql`DELETE FROM division`, '替换区划');
  const dups = DuplicateKeys.inFile();
  return {
    tables: [{ table: 'division', columns: COLUMNS.map(([name, type]) => ({ name, type })) }],
    convert(input, emit) {
      const name = input.required('name', '区划名称');
      const population = count(input.text('population'), input.unit('population'));
      const entities = count(input.text('entities'), input.unit('entities'));
      if (population === 'bad') input.reject('population', '常住人口应为非负数');
      if (entities === 'bad') input.reject('entities', '经营主体数应为非负数');
      if (name) {
        const dup = dups.check([name], input.row);
        if (dup) input.reject('name', dup);
      }
      if (input.rejected) return;
      const parent = input.text('parent');
      const streets = input.text('streets')?.split(/[、,，;；\s]+/).filter(Boolean) ?? null;
      const kind = /本级/.test(name ?? '') ? '市本级' : parent && parent !== name ? '功能区' : '县区';
      emit(0, [name, parent === name ? null : parent, kind, population as number | null, entities as number | null, streets]);
    },
    async finish() {
      await exec(
        ctx.conn,
        sql`UPDATE division SET
              streets = CASE WHEN division.streets IS NULL OR len(division.streets) = 0 THEN b.streets ELSE division.streets END,
              region_codes = coalesce(division.region_codes, b.region_codes)
            FROM division_before b WHERE b.name = division.name`,
        '合并区划街道',
      );
      await exec(ctx.conn, sql`DROP TABLE division_before`, '清理');
    },
  };
};
