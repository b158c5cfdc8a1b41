/**
 * Enforcement agencies (执法机关, 所属区县, 执法领域, 统一社会信用代码) → `agency`. An agency named again replaces its
 * earlier row (the newest list wins); the division is normalized against the division table.
 */
import type { KindLoaderFactory } from '../kind-loader.ts';
import { DuplicateKeys, placeDivision } from './shared.ts';

const COLUMNS = [['name', 'text'], ['division', 'text'], ['sector', 'text'], ['credit_code', 'text']] as const;

/** The agency converter. */
export const agencyLoader: KindLoaderFactory = async (ctx) => {
  // Within one file a name may appear once; against the workspace it replaces the earlier row.
  const seen = DuplicateKeys.inFile();
  return {
    tables: [{ table: 'agency', columns: COLUMNS.map(([name, type]) => ({ name, type })), conflict: 'replace' }],
    convert(input, emit) {
      const name = input.required('name', '执法机关');
      if (name) {
        const dup = seen.check([name], input.row);
        if (dup) input.reject('name', dup);
      }
      if (input.rejected) return;
      const placed = placeDivision(ctx.divisions, { column: input.text('division'), agency: name });
      emit(0, [name, placed.division ?? input.text('division'), input.text('sector'), input.text('credit_code')?.toUpperCase() ?? null]);
    },
  };
};

