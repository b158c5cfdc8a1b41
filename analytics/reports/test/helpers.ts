/**
 * Test helpers: write the reports from the sample workspace into a temporary folder, and read the
 * OOXML parts back (unzipped with fflate) as text.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { sampleWorkspacePath } from '../../analyses/test/sample-workspace.ts';
import { queryContext } from '../../analyses/query.ts';
import { runAnalysis } from '../../analyses/index.ts';
import type { PenaltiesResult } from '../../analyses/penalties/types.ts';
import { openWorkspace, type Workspace } from '../../workspace/open.ts';
import type { ReportFormat, ReportResult } from '../../contract.ts';
import { writeReports } from '../index.ts';

/** The sample year. */
export const YEAR = 2025;

/** A generated set of reports and the penalties result they must agree with. */
export interface Generated {
  dir: string;
  result: ReportResult;
  penalties: PenaltiesResult;
  batches: { file_name: string }[];
  file(format: ReportFormat): string;
  cleanup(): void;
}

/** Opens a workspace read-only (the sample one by default). */
export async function openSample(path?: string): Promise<Workspace> {
  return openWorkspace(path ?? (await sampleWorkspacePath()), { readOnly: true });
}

/** Writes the reports for a filter and runs `penalties` for the same filter. */
export async function generate(opts: { division?: string; agency?: string; formats?: ReportFormat[]; workspace?: string } = {}): Promise<Generated> {
  const ws = await openSample(opts.workspace);
  const dir = mkdtempSync(join(tmpdir(), 'supervise-report-test-'));
  try {
    const filter = { year: YEAR, division: opts.division ?? null, agency: opts.agency ?? null };
    const result = await writeReports({ conn: ws.conn, ...filter, formats: opts.formats ?? ['docx', 'xlsx', 'pptx'], outDir: dir });
    const q = await queryContext(ws.conn);
    const penalties = (await runAnalysis(q, 'penalties', filter)) as PenaltiesResult;
    const batches = await q.rows<{ file_name: string }>('batches', (await import('../../sql/fragment.ts')).sql`SELECT file_name FROM import_batch ORDER BY batch_id`);
    return {
      dir,
      result,
      penalties,
      batches,
      file: (format) => result.files.find((f) => f.format === format)!.path,
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  } finally {
    ws.close();
  }
}

/** The parts of an OOXML file. */
export function unzip(path: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(readFileSync(path)));
}

/** One part as text. */
export function part(files: Record<string, Uint8Array>, name: string): string {
  const f = files[name];
  if (!f) throw new Error(`missing part ${name}`);
  return strFromU8(f);
}

/** The paragraphs of a WordprocessingML or DrawingML part as plain text (one string per paragraph). */
export function paragraphs(xml: string): string[] {
  return xml
    .split(/<\/w:p>|<\/a:p>/)
    .map((p) => [...p.matchAll(/<(?:w|a):t(?:\s[^>]*)?>([^<]*)<\/(?:w|a):t>/g)].map((m) => decode(m[1])).join(''))
    .filter((t) => t.length > 0);
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** 20,000 — written independently of the report's own formatter. */
export const thousands = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** 元 → `72,815.07` (万元, two decimals), independently of the report's formatter. */
export const wanText = (yuan: number) => (yuan / 10_000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
