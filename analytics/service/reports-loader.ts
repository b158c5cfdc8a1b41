/**
 * Loads `analytics/reports` on demand. The specifier is a variable so that the service type-checks
 * and starts before that module exists; `build/build-electron.mjs` swaps this file for a static
 * import when bundling the shell (a bundler cannot follow a variable import).
 */
import { existsSync } from 'node:fs';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReportFormat } from '../contract.ts';

/** What the service needs from the reports module. */
export interface ReportsModule {
  writeReports(opts: {
    conn: DuckDBConnection;
    year: number;
    division?: string | null;
    agency?: string | null;
    formats: ReportFormat[];
    outDir: string;
  }): Promise<{
    files: { format: ReportFormat; path: string; name?: string; bytes?: number }[];
    skipped: { format: ReportFormat; reason: string }[];
  }>;
}

const REPORTS_MODULE = '../reports/index.ts';

/** The reports module, or null while it is not there. Failures to load a module that is there are real errors. */
export async function loadReports(specifier: string = REPORTS_MODULE): Promise<ReportsModule | null> {
  if (!existsSync(new URL(specifier, import.meta.url))) return null;
  return (await import(/* @vite-ignore */ specifier)) as ReportsModule;
}
