/**
 * The engine service: `WorkstationApi` for one host process (the Electron main process or the
 * browser-mode server). It holds the current workspace, runs analyses (cached until the data
 * changes), queues imports and serves the data browser. Every argument is checked here, because
 * both hosts hand over what a page sent.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppInfo, ImportJob, ImportPreview, ImportSource, WorkspaceInfo, WorkstationApi } from '../contract.ts';
import { parseMappingOverride } from '../import/headers/index.ts';
import { sql } from '../sql/fragment.ts';
import { one } from '../sql/run.ts';
import { userDataDir } from '../workspace/sample.ts';
import { AnalysisRunner } from './analyze.ts';
import { appInfo } from './app-info.ts';
import { deleteBatch, exportRejects, listBatches } from './batches.ts';
import { browse } from './browse.ts';
import { invalid, WorkstationError } from './errors.ts';
import { exportRows } from './export-rows.ts';
import { previewSource } from './import-preview.ts';
import { ImportQueue } from './import-queue.ts';
import { ImportSources, type ImportSourceEntry } from './import-sources.ts';
import { maskJob, maskPreview } from './mask.ts';
import { M } from './messages.ts';
import { buildOverview } from './overview.ts';
import { RecentList } from './recent.ts';
import { exportReport } from './reports.ts';
import * as v from './validate.ts';
import { filterOptions, workspaceInfo } from './workspace-info.ts';
import { openWorkspaceHandle, type WorkspaceHandle } from './workspace-handle.ts';
import { asSettingsPatch, readEditableSettings, writeSettingsPatch } from './workspace-settings.ts';

/** How a host creates the service. */
export interface ServiceOptions {
  host: AppInfo['host'];
  /** Folder of the recent list (default: the user's data folder). */
  dataDir?: string;
  /** The sample workspace's path, so `WorkspaceInfo.isSample` can say so. */
  samplePath?: string | null;
}

/** The API plus what hosts need besides it. */
export interface WorkstationService extends WorkstationApi {
  /** Staged uploads and picked files (the HTTP host streams uploads into a reserved slot). */
  readonly sources: ImportSources;
  /** Previews a registered source. */
  previewEntry(entry: ImportSourceEntry): Promise<ImportPreview>;
  /** Cancels imports, closes the workspace, deletes staged uploads. */
  close(): Promise<void>;
}

/** Creates the service; open a workspace with `openWorkspace` before using the data methods. */
export function createWorkstationService(opts: ServiceOptions): WorkstationService {
  let handle: WorkspaceHandle | null = null;
  const current = (): WorkspaceHandle => {
    if (!handle) throw new WorkstationError('NO_WORKSPACE', M.noWorkspace);
    return handle;
  };
  const runner = new AnalysisRunner(current);
  const sources = new ImportSources();
  const queue = new ImportQueue(() => runner.invalidate(), (done) => done.forEach((e) => sources.release(e.id)));
  const recent = new RecentList(opts.dataDir ?? userDataDir());
  const samplePath = opts.samplePath ? resolve(opts.samplePath) : null;
  const info = (h: WorkspaceHandle) => h.read((ws) => workspaceInfo(ws.conn, h.path, h.version, samplePath));

  async function switchTo(pathArg: unknown, create: boolean): Promise<WorkspaceInfo> {
    const path = resolve(v.asAbsolutePath(pathArg, '工作区路径'));
    if (create && existsSync(path) && statSync(path).size > 0) throw new WorkstationError('EXISTS', M.workspaceExists(path));
    // The same file twice in one process would be two DuckDB instances on one file: reuse it.
    if (handle && handle.path === path) return info(handle);
    const next = await openWorkspaceHandle(path, { create });
    const old = handle;
    if (old) await queue.cancelAll(M.importSuperseded);
    handle = next;
    maskFlag = null;
    runner.invalidate();
    await old?.close();
    await recent.add(next.path);
    warmOverview(next);
    return info(next);
  }

  /**
   * Starts the overview of the latest year in the background as soon as a workspace opens: it is
   * the first page the analyst sees, and the window (or browser tab) takes about as long to appear
   * as the analyses take to run. The runner caches the promise, so the page's own request joins it.
   * A failure here is dropped: the page's request runs again and reports it.
   */
  function warmOverview(h: WorkspaceHandle): void {
    void h.read((ws) => filterOptions(ws.conn))
      .then((o) => (o.years[0] && handle === h ? buildOverview(runner, { year: o.years[0] }) : null))
      .catch(() => undefined);
  }

  // The open workspace's masking setting, read once per workspace: import progress is polled and
  // must not wait behind long analyses on the query connections. Only this process writes it.
  let maskFlag: boolean | null = null;
  /** Whether personal numbers are masked (always when no workspace is open). */
  const masking = async () => {
    if (!handle) return true;
    maskFlag ??= (await handle.read((ws) => readEditableSettings(ws.conn))).mask_personal_data;
    return maskFlag;
  };
  const masked = async (job: ImportJob) => ((await masking()) ? maskJob(job) : job);

  const previewEntry = async (entry: ImportSourceEntry) => {
    const preview = await previewSource(entry, async (sha) => {
      if (!handle) return false;
      const r = await handle.read((ws) => one<{ n: number }>(ws.conn, sql`SELECT count(*) AS n FROM import_batch WHERE sha256 = ${sha}`, '是否已导入'));
      return (r?.n ?? 0) > 0;
    });
    // The wizard's sample rows are ticket text like any other: masked as the browser masks it.
    return (await masking()) ? maskPreview(preview) : preview;
  };

  return {
    sources,
    previewEntry,
    appInfo: async () => appInfo(opts.host),
    currentWorkspace: async () => (handle ? info(handle) : null),
    openWorkspace: async (path) => switchTo(path, false),
    createWorkspace: async (path) => switchTo(path, true),
    listRecent: async () => recent.list(),
    filterOptions: async () => current().read((ws) => filterOptions(ws.conn)),
    overview: async (filter) => buildOverview(runner, v.asFilter(filter)),
    analyze: async (req) => {
      const o = v.asObject(req, '分析请求');
      const scope = o.scope === undefined || o.scope === null ? undefined : o.scope === 'all' || o.scope === 'complaints' ? o.scope : null;
      if (scope === null) throw invalid('scope 应为 complaints 或 all');
      return runner.analyze({ name: v.asAnalysisName(o.name), filter: v.asFilter(o.filter), scope });
    },
    previewImport: async (source: ImportSource) => {
      const o = v.asObject(source, '导入文件');
      const entry = typeof o.path === 'string'
        ? sources.addPath(v.asAbsolutePath(o.path, '文件路径'))
        : sources.addBytes(v.asText(o.name, '文件名'), v.asBytes(o.bytes, '文件'));
      return previewEntry(entry);
    },
    startImport: async (req) => {
      const o = v.asObject(req, '导入请求');
      const ids = v.asList(o.sourceIds, '文件列表', (id) => v.asText(id, '文件编号', 100), 500);
      if (!ids.length) throw invalid('请至少选择一个文件');
      let mapping;
      if (o.mapping != null) {
        const parsed = parseMappingOverride(o.mapping);
        if (!parsed.ok) throw invalid(parsed.message);
        mapping = parsed.value;
      }
      return masked(queue.start(current(), {
        sources: ids.map((id) => sources.get(id)), kind: v.asOptionalKind(o.kind), mapping,
        replace: v.asFlag(o.replace, '替换'), strict: v.asFlag(o.strict, '严格模式'),
      }));
    },
    importStatus: async (jobId) => masked(queue.status(v.asText(jobId, '任务编号', 100))),
    cancelImport: async (jobId) => masked(await queue.cancel(v.asText(jobId, '任务编号', 100))),
    listBatches: async () => current().read((ws) => listBatches(ws.conn)),
    deleteBatch: async (batchId) => {
      const id = v.asInt(batchId, '批次编号', 1, 2 ** 31 - 1);
      await current().write((ws) => deleteBatch(ws.conn, id));
      runner.invalidate();
    },
    exportRejects: async (batchIds) => {
      const ids = v.asList(batchIds, '批次列表', (id) => v.asInt(id, '批次编号', 1, 2 ** 31 - 1));
      return current().read((ws) => exportRejects(ws.conn, ids));
    },
    browse: async (req) => current().read((ws) => browse(ws.conn, req)),
    exportRows: async (req) => current().read((ws) => exportRows(ws.conn, req)),
    exportReport: async (req) => current().read((ws) => exportReport(ws.conn, req)),
    getSettings: async () => current().read((ws) => readEditableSettings(ws.conn)),
    updateSettings: async (patch) => {
      const checked = asSettingsPatch(patch);
      const h = current();
      await h.write((ws) => writeSettingsPatch(ws.conn, checked));
      // Cached analyses hold text masked (or not) under the old setting.
      runner.invalidate();
      const now = await h.read((ws) => readEditableSettings(ws.conn));
      maskFlag = now.mask_personal_data;
      return now;
    },
    async close() {
      await queue.cancelAll(M.importSuperseded);
      const old = handle;
      handle = null;
      maskFlag = null;
      await old?.close();
      sources.close();
    },
  };
}
