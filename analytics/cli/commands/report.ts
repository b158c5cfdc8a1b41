/**
 * `supervise report --workspace WS --year Y --out DIR [--format docx,xlsx,pptx,pdf] [--division D]
 * [--agency A] [--json]`: writes the annual supervision report, the workbook and the briefing deck
 * (and the PDF when LibreOffice is installed) for the city, one division or one agency. The
 * workspace is opened read-only. Without --year, the latest year with data is used.
 */
import type { Command } from '../command.ts';
import { UsageError } from '../errors.ts';
import { optionalInt, requireString } from '../values.ts';
import type { ReportFormat } from '../../contract.ts';

const FORMATS: ReportFormat[] = ['docx', 'xlsx', 'pptx', 'pdf'];
const DEFAULT_FORMATS: ReportFormat[] = ['docx', 'xlsx', 'pptx'];

function parseFormats(v: unknown): ReportFormat[] {
  if (v === undefined) return DEFAULT_FORMATS;
  const list = String(v)
    .split(/[,，\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((f) => !FORMATS.includes(f as ReportFormat));
  if (bad.length || !list.length) throw new UsageError(`--format 只能是 ${FORMATS.join('、')} 的组合，收到 "${String(v)}"`);
  return [...new Set(list)] as ReportFormat[];
}

/** report command. */
export const reportCommand: Command = {
  name: 'report',
  summary: '生成年度执法监督分析报告（Word）、数据表（Excel）和汇报材料（PowerPoint）— write the reports',
  usage: '--workspace WS --year Y --out DIR [--format docx,xlsx,pptx,pdf] [--division D] [--agency A] [--json]',
  options: {
    workspace: { type: 'string', short: 'w' },
    year: { type: 'string' },
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    division: { type: 'string' },
    agency: { type: 'string' },
  },
  async run(values, _positionals, io) {
    const path = requireString(values, 'workspace');
    const outDir = requireString(values, 'out');
    const formats = parseFormats(values.format);
    const { openWorkspace } = await import('../../workspace/open.ts');
    const { defaultYear } = await import('../../analyses/default-year.ts');
    const { writeReports } = await import('../../reports/index.ts');
    const ws = await openWorkspace(path, { readOnly: true });
    try {
      const year = optionalInt(values, 'year', 2000, 2100) ?? (await defaultYear(ws.conn));
      const started = Date.now();
      const showProgress = !values.json && io.isTTY;
      const result = await writeReports({
        conn: ws.conn,
        year,
        division: str(values.division),
        agency: str(values.agency),
        formats,
        outDir,
        onProgress: showProgress ? (p) => io.err(`[${p.done + 1}/${p.total}] ${p.message}`) : undefined,
      });
      if (values.json) {
        io.out(JSON.stringify({ year, ...result, seconds: (Date.now() - started) / 1000 }));
        return;
      }
      for (const f of result.files) io.out(`已生成 ${f.name}（${(f.bytes / 1024).toFixed(0)} KB）：${f.path}`);
      for (const s of result.skipped) io.out(`未生成 ${s.format.toUpperCase()}：${s.reason}`);
      for (const w of result.warnings) io.err(`注意：${w}`);
      io.out(`用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
    } finally {
      ws.close();
    }
  },
};

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}
