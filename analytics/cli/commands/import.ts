/**
 * `supervise import FILE... --workspace WS [--kind KIND] [--replace] [--strict] [--mapping FILE.json]
 * [--rejects OUT.xlsx] [--json]`: import export files; each file is one transaction. Creates a missing
 * workspace. A file that cannot be imported gets its one line on stderr and the others are still
 * imported (an analyst's `import exports/*` must not stop at a stray file); the exit code is then 1.
 * Division lists and agency directories named so go first (see import-order.ts).
 * Ctrl-C rolls back the file in progress, keeps the files finished before it, says so, and exits 130.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from '../command.ts';
import { UsageError, errorLine } from '../errors.ts';
import { isAbortError } from '../../import/read/read-error.ts';
import { requireString } from '../values.ts';
import { progressBar } from '../progress-bar.ts';
import { INTERRUPTED_EXIT, withInterrupt } from '../interrupt.ts';
import { IMPORT_KINDS, type ImportKind } from '../../import/types.ts';
import { referenceListsFirst } from '../../import/import-order.ts';
import type { BatchResult } from '../../contract.ts';
import type { MappingOverride } from '../../import/plan-sheet.ts';

/** import command. */
export const importCommand: Command = {
  name: 'import',
  summary: '导入导出文件到工作区 — import export files into a workspace',
  usage: 'FILE... --workspace WS [--kind KIND] [--replace] [--strict] [--mapping FILE.json] [--rejects OUT.xlsx] [--json]',
  options: {
    workspace: { type: 'string', short: 'w' },
    kind: { type: 'string' },
    replace: { type: 'boolean' },
    strict: { type: 'boolean' },
    mapping: { type: 'string' },
    rejects: { type: 'string' },
  },
  positionals: true,
  async run(values, files, io) {
    const path = requireString(values, 'workspace');
    if (!files.length) throw new UsageError('请给出要导入的文件（FILE...）');
    const kind = values.kind as string | undefined;
    if (kind !== undefined && !(IMPORT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`未知的数据类型 --kind ${kind}；可选：${IMPORT_KINDS.join(' | ')}`);
    }
    let mapping: MappingOverride | undefined;
    if (typeof values.mapping === 'string') {
      try {
        mapping = JSON.parse(readFileSync(values.mapping, 'utf8'));
      } catch (e) {
        throw new UsageError(`无法读取映射文件 ${values.mapping}：${e instanceof Error ? e.message : e}`);
      }
    }
    const { openWorkspace, IMPORT_MEMORY_LIMIT } = await import('../../workspace/open.ts');
    const { importFile } = await import('../../import/import-file.ts');
    const ws = await openWorkspace(path, { create: true, memoryLimit: IMPORT_MEMORY_LIMIT });
    const bar = !values.json && io.isTTY ? progressBar() : undefined;
    const batches: BatchResult[] = [];
    const failed: { file: string; message: string }[] = [];
    let cancelled: string | null = null;
    try {
      await withInterrupt(() => { bar?.('done'); io.err('正在取消导入…（再按一次 Ctrl-C 立即退出）'); }, async (signal) => {
        for (const f of referenceListsFirst(files, (x) => x)) {
          let results;
          try {
            results = await importFile(ws, f, {
              kind: kind as ImportKind | undefined,
              replace: Boolean(values.replace),
              strict: Boolean(values.strict),
              mapping,
              onProgress: bar,
              signal,
            });
          } catch (e) {
            if (signal.aborted) {
              cancelled = f;
              break;
            }
            // A failed file left the workspace as it was (its transaction rolled back): go on.
            if (isAbortError(e) || e instanceof UsageError || files.length === 1) throw e;
            bar?.('done');
            failed.push({ file: f, message: errorLine(e) });
            io.err(`错误 Error: ${errorLine(e)}`);
            continue;
          }
          bar?.('done');
          batches.push(...results);
          if (!values.json) {
            for (const r of results) {
              const where = r.sheet && results.length > 1 ? `「${r.sheet}」` : '';
              if (r.skipped) io.out(`${r.file}${where}：已导入过（批次 ${r.batch_id}），跳过；如需替换请加 --replace`);
              else io.out(`${r.file}${where}：${r.kind}，读取 ${r.rows_read} 行，导入 ${r.rows_imported} 行，拒绝 ${r.rows_rejected} 行（批次 ${r.batch_id}）`);
              for (const n of r.notes) io.out(`  注意：${n}`);
              for (const j of r.rejects.slice(0, 5)) io.out(`  第 ${j.row} 行「${j.column ?? ''}」${j.value === null ? '' : `（${j.value}）`}：${j.reason}`);
              if (r.rejects.length > 5) io.out(`  …… 另有 ${r.rejects.length - 5} 条拒绝记录（用 --rejects FILE.xlsx 导出）`);
            }
          }
        }
      });
      if (typeof values.rejects === 'string') {
        const { writeRejectsXlsx } = await import('../../import/rejects-xlsx.ts');
        const n = await writeRejectsXlsx(ws.conn, batches.map((b) => b.batch_id), values.rejects);
        if (!values.json) io.out(`已将 ${n} 条拒绝记录写入 ${values.rejects}`);
      }
    } finally {
      ws.close();
    }
    if (values.json) {
      io.out(JSON.stringify({
        batches: batches.map((b) => ({
          file: b.file, sheet: b.sheet, kind: b.kind, batch_id: b.batch_id, rows_read: b.rows_read,
          rows_imported: b.rows_imported, rows_rejected: b.rows_rejected, skipped: b.skipped, notes: b.notes,
          rejects: b.rejects.map((r) => ({ row: r.row, column: r.column, value: r.value, reason: r.reason, ...(r.sheet ? { sheet: r.sheet } : {}) })),
        })),
        ...(failed.length ? { failed } : {}),
        ...(cancelled ? { cancelled: { file: basename(cancelled) } } : {}),
      }));
    } else if (failed.length) {
      io.out(`${failed.length} 个文件未导入（原因见上方错误信息），其余 ${files.length - failed.length} 个文件已处理`);
    }
    if (cancelled) {
      const kept = new Set(batches.filter((b) => b.skipped === null).map((b) => b.file)).size;
      io.err(`已取消：${basename(cancelled)} 已撤回，未写入工作区；${kept ? `此前完成的 ${kept} 个文件已写入工作区` : '工作区未作任何更改'}`);
      return INTERRUPTED_EXIT;
    }
    return failed.length ? 1 : 0;
  },
};
