/**
 * PDF through LibreOffice: `soffice --headless --convert-to pdf` on the finished .docx. LibreOffice
 * is optional; without it the PDF is reported as unavailable (the desktop app can print to PDF).
 * The conversion runs in a private temporary folder inside the target folder with its own
 * LibreOffice profile — an open LibreOffice window would otherwise swallow the request — and the
 * result is renamed into place.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPORT_TEXT as T } from './messages.ts';

const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];

const KNOWN_PLACES =
  process.platform === 'win32'
    ? [join(process.env.ProgramFiles ?? 'C:\\Program Files', 'LibreOffice', 'program', 'soffice.exe'), join(process.env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)', 'LibreOffice', 'program', 'soffice.exe')]
    : process.platform === 'darwin'
      ? ['/Applications/LibreOffice.app/Contents/MacOS/soffice']
      : ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

/**
 * The LibreOffice executable, or null: `SUPERVISE_SOFFICE` when set (a portable or unusual install;
 * a path that does not exist means none), else on PATH, else in its usual install place.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const override = env.SUPERVISE_SOFFICE;
  if (override) return existsSync(override) ? override : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (existsSync(join(dir, name))) return join(dir, name);
  }
  return KNOWN_PLACES.find((p) => existsSync(p)) ?? null;
}

/** Converting takes seconds; a hung LibreOffice must not hang the export. */
const TIMEOUT_MS = 180_000;

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: TIMEOUT_MS, windowsHide: true }, (err, _out, stderr) => {
      if (err) reject(new Error(T.errors.pdfFailed((stderr || err.message).trim().split('\n')[0]), { cause: err }));
      else resolve();
    });
  });
}

/** Converts .docx bytes to `target` (a path in `outDir`); throws with a Chinese message on failure. */
export async function docxToPdf(soffice: string, docx: Buffer, outDir: string, target: string): Promise<void> {
  const work = mkdtempSync(join(outDir, '.supervise-pdf-'));
  try {
    const source = join(work, 'report.docx');
    writeFileSync(source, docx);
    const profile = pathToFileURL(join(tmpdir(), 'supervise-libreoffice-profile')).href;
    await run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, source]);
    const pdf = join(work, 'report.pdf');
    if (!existsSync(pdf)) throw new Error(T.errors.pdfFailed('LibreOffice 未生成文件'));
    renameSync(pdf, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
