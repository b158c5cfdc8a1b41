/**
 * The report engine: `writeReports` runs the analyses once for the request's filter, renders the
 * charts once, and writes the requested documents — 年度行政执法监督分析报告 (.docx), 数据表 (.xlsx),
 * 汇报材料 (.pptx) and, with LibreOffice, the report as PDF. Each file is written under a temporary
 * name in the target folder and renamed when complete.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReportFormat, ReportResult } from '../contract.ts';
import { writeFileAtomic } from '../import/write-atomic.ts';
import { reportOutline } from './content/outline.ts';
import { gatherReportData } from './data/gather.ts';
import { outputFileName, reportTitle } from './data/scope.ts';
import { buildDocx } from './docx/build-docx.ts';
import { renderFigures } from './figures/render-figures.ts';
import { REPORT_TEXT as T } from './messages.ts';
import { docxToPdf, findSoffice } from './pdf.ts';
import { buildPptx } from './pptx/build-pptx.ts';
import { buildXlsx } from './xlsx/build-xlsx.ts';

/** Progress of an export: the step, a Chinese message, and how far along (0 ≤ done ≤ total). */
export interface ReportProgress {
  step: 'analyses' | 'charts' | ReportFormat | 'done';
  message: string;
  done: number;
  total: number;
}

/** What `writeReports` takes (ReportRequest of the contract, plus the connection and a callback). */
export interface WriteReportsOptions {
  conn: DuckDBConnection;
  year: number;
  division?: string | null;
  agency?: string | null;
  formats: ReportFormat[];
  outDir: string;
  onProgress?: (p: ReportProgress) => void;
}

const FORMATS: ReportFormat[] = ['docx', 'xlsx', 'pptx', 'pdf'];

/** The contract's result plus what the documents had to leave out (analyses that did not run). */
export interface WriteReportsResult extends ReportResult {
  warnings: string[];
}

/** Writes the requested report files into `outDir` (created when missing). */
export async function writeReports(opts: WriteReportsOptions): Promise<WriteReportsResult> {
  const formats = FORMATS.filter((f) => opts.formats.includes(f));
  for (const f of opts.formats) if (!FORMATS.includes(f)) throw new RangeError(T.errors.badFormat(String(f)));
  if (!formats.length) throw new RangeError(T.errors.noFormats);
  if (!opts.outDir) throw new RangeError(T.errors.noOutDir);
  const outDir = resolve(opts.outDir);
  mkdirSync(outDir, { recursive: true });
  const soffice = formats.includes('pdf') ? findSoffice() : null;
  if (formats.length === 1 && formats[0] === 'pdf' && !soffice) return { files: [], skipped: [{ format: 'pdf', reason: T.errors.pdfNoOffice }], warnings: [] };
  const total = formats.length + 2;
  let done = 0;
  const progress = (step: ReportProgress['step']) => opts.onProgress?.({ step, message: T.progress[step], done: done++, total });

  progress('analyses');
  const data = await gatherReportData(opts.conn, { year: opts.year, division: opts.division ?? null, agency: opts.agency ?? null });
  progress('charts');
  const charts = renderFigures(data);
  const title = reportTitle(data.scope);
  const warnings = data.missing.map((m) => `${T.unavailable(T.sections[m.analysis], m.reason)}${m.detail ? `（${m.detail}）` : ''}`);
  const result: WriteReportsResult = { files: [], skipped: [], warnings };
  const write = async (format: ReportFormat, name: string, bytes: Buffer) => {
    const path = join(outDir, name);
    await writeFileAtomic(path, bytes);
    result.files.push({ format, path, name, bytes: statSync(path).size });
  };
  let docx: Buffer | null = null;
  const docxBytes = async () => (docx ??= await buildDocx(reportOutline(data), charts, { creator: data.scope.bureau }));
  for (const format of formats) {
    progress(format);
    if (format === 'docx') await write('docx', outputFileName(data.scope, 'report', 'docx'), await docxBytes());
    else if (format === 'xlsx') await write('xlsx', outputFileName(data.scope, 'workbook', 'xlsx'), await buildXlsx(data, charts, title));
    else if (format === 'pptx') await write('pptx', outputFileName(data.scope, 'deck', 'pptx'), await buildPptx(data, charts, title));
    else await writePdf(result, soffice, outDir, outputFileName(data.scope, 'report', 'pdf'), docxBytes);
  }
  progress('done');
  return result;
}

async function writePdf(result: ReportResult, soffice: string | null, outDir: string, name: string, docx: () => Promise<Buffer>): Promise<void> {
  if (!soffice) {
    result.skipped.push({ format: 'pdf', reason: T.errors.pdfNoOffice });
    return;
  }
  const path = join(outDir, name);
  try {
    await docxToPdf(soffice, await docx(), outDir, path);
    result.files.push({ format: 'pdf', path, name, bytes: statSync(path).size });
  } catch (e) {
    result.skipped.push({ format: 'pdf', reason: e instanceof Error ? e.message : String(e) });
  }
}

export { CjkFontError, findCjkFont } from './cjk-font.ts';
