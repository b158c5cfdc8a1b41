/**
 * Report export through the reports module (`analytics/reports`, built separately). It is loaded
 * on first use, so the service works — and says "报告模块尚未就绪" — while that module is absent.
 * PDF needs LibreOffice: without it the PDF is skipped with the reason, the other formats are made.
 */
import { mkdirSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ReportFormat, ReportRequest, ReportResult } from '../contract.ts';
import { pdfAvailability } from './app-info.ts';
import { invalid, WorkstationError } from './errors.ts';
import { M } from './messages.ts';
import { loadReports } from './reports-loader.ts';
import { asAbsolutePath, asInt, asList, asObject, asOptionalText } from './validate.ts';

const FORMATS: readonly ReportFormat[] = ['docx', 'xlsx', 'pptx', 'pdf'];
/** Bytes the division and agency names may take together (real ones take well under 100). */
const MAX_SCOPE_BYTES = 150;

/** A checked report request; `outDir` is required here (hosts choose it). */
export function asReportRequest(v: unknown): Required<Pick<ReportRequest, 'year' | 'formats'>> & { division: string | null; agency: string | null; outDir: string } {
  const o = asObject(v, '报告请求');
  const formats = asList(o.formats, '报告格式', (f) => {
    if (typeof f !== 'string' || !FORMATS.includes(f as ReportFormat)) throw invalid(`报告格式 ${String(f)}`);
    return f as ReportFormat;
  }, FORMATS.length);
  if (!formats.length) throw invalid('请至少选择一种报告格式');
  if (o.outDir == null || o.outDir === '') throw new WorkstationError('INVALID_ARGUMENT', M.reportNeedsFolder);
  const division = asOptionalText(o.division, '区县');
  const agency = asOptionalText(o.agency, '执法机关');
  // The scope prefixes the output file names: refuse one no file system could hold (255 bytes a
  // name) up front, instead of failing with ENAMETOOLONG after the report was rendered.
  if (Buffer.byteLength(`${division ?? ''}${agency ?? ''}`, 'utf8') > MAX_SCOPE_BYTES) throw new WorkstationError('INVALID_ARGUMENT', M.reportScopeTooLong);
  return {
    year: asInt(o.year, '年度', 2000, 2100),
    division,
    agency,
    formats: [...new Set(formats)],
    // Absolute only: a relative folder would land wherever the host process happens to run.
    outDir: resolve(asAbsolutePath(o.outDir, '保存位置')),
  };
}

/** Writes the reports with the workspace's query connection. */
export async function exportReport(conn: DuckDBConnection, input: unknown): Promise<ReportResult> {
  const req = asReportRequest(input);
  const mod = await loadReports();
  if (!mod) throw new WorkstationError('REPORTS_UNAVAILABLE', M.reportsNotReady);
  const skipped: ReportResult['skipped'] = [];
  const pdf = pdfAvailability();
  let formats = req.formats;
  if (formats.includes('pdf') && !pdf.available) {
    skipped.push({ format: 'pdf', reason: pdf.reason ?? M.pdfMissing });
    formats = formats.filter((f) => f !== 'pdf');
  }
  if (!formats.length) return { files: [], skipped };
  mkdirSync(req.outDir, { recursive: true });
  const out = await mod.writeReports({ conn, year: req.year, division: req.division, agency: req.agency, formats, outDir: req.outDir });
  const files = (out.files ?? []).map((f) => ({
    format: f.format,
    path: f.path,
    name: f.name ?? basename(f.path),
    bytes: typeof f.bytes === 'number' ? f.bytes : statSync(f.path).size,
  }));
  skipped.push(...(out.skipped ?? []));
  for (const f of formats) {
    if (!files.some((x) => x.format === f) && !skipped.some((s) => s.format === f)) skipped.push({ format: f, reason: M.formatNotProduced(f) });
  }
  return { files, skipped };
}
