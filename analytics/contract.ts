/**
 * The API every host exposes to the renderer (DESIGN §2): the Electron preload as
 * `window.workstation`, and browser mode over HTTP with the same types. Pure types, no runtime
 * imports: the renderer may `import type` from this file and nothing else in analytics/.
 *
 * Every call resolves to its value or rejects with a `WorkstationError`; on the wire (IPC, HTTP)
 * results travel as `WireResult<T>` and the client rethrows. Tables travel as Arrow IPC stream
 * bytes (`Uint8Array`), never as JSON rows.
 */

/** The filter every analysis and the overview take (DESIGN §4). */
export interface FilterSpec {
  year: number;
  division?: string | null;
  agency?: string | null;
  sector?: string | null;
}

/** Analysis names (DESIGN §4). */
export type AnalysisName = 'penalties' | 'hotspots' | 'deviation' | 'quality' | 'reconcile' | 'survey';

/** One plain-Chinese finding with the numbers it rests on. */
export interface Finding {
  id: string;
  text: string;
  level: 'info' | 'warn';
  numbers: Record<string, number | string | null>;
}

/** An error as it crosses a process boundary. `code` is stable (e.g. NOT_FOUND, BUSY, UNKNOWN_KIND). */
export interface WireError {
  name: string;
  code: string;
  message: string;
}

/** What crosses IPC/HTTP for every call. */
export type WireResult<T> = { ok: true; value: T } | { ok: false; error: WireError };

/** App and host information. */
export interface AppInfo {
  name: string;
  version: string;
  host: 'electron' | 'browser';
  /** Whether PDF export is available (LibreOffice found) and why not otherwise. */
  pdf: { available: boolean; reason: string | null };
}

/** The open workspace. */
export interface WorkspaceInfo {
  path: string;
  schemaVersion: number;
  /** Row counts of the canonical tables, by table name. */
  counts: Record<string, number>;
  /** Years that have penalty decisions or tickets, newest first. */
  years: number[];
  /** Bureau name for titles (setting `bureau_name`). */
  bureauName: string;
  isSample: boolean;
}

/** A recently opened workspace. */
export interface RecentWorkspace {
  path: string;
  openedAt: string;
  exists: boolean;
}

/** Choices for the global filter bar. */
export interface FilterOptions {
  years: number[];
  divisions: { name: string; parent: string | null }[];
  agencies: { name: string; division: string | null; sector: string | null }[];
  sectors: string[];
}

/** One analysis request. */
export interface AnalyzeRequest {
  name: AnalysisName;
  filter: FilterSpec;
  /** Hotspots only: 'complaints' (投诉 + 举报, default) or 'all'. */
  scope?: 'complaints' | 'all';
}

/**
 * An analysis result: `result` is the same JSON `supervise analyze NAME --json` prints (summary
 * objects, findings, and its tables as rows); `tables` holds each named table as Arrow IPC bytes for
 * charts and grids.
 */
export interface AnalysisResponse {
  name: AnalysisName;
  result: Record<string, unknown> & { findings: Finding[] };
  tables: Record<string, Uint8Array>;
  elapsedMs: number;
}

/** A KPI with its prior-year value. */
export interface Kpi {
  key: 'cases' | 'fine_total_wan' | 'tickets' | 'deviation_rate' | 'satisfaction_index';
  label: string;
  value: number | null;
  prior: number | null;
  /** (value − prior) / prior, null when unknown. */
  change: number | null;
  unit: string;
}

/** The overview page's data. */
export interface OverviewResponse {
  filter: FilterSpec;
  kpis: Kpi[];
  /** Top findings of every analysis, most important first. */
  findings: (Finding & { analysis: AnalysisName })[];
  /** Small tables for the overview charts (Arrow IPC): by_month, by_division, by_category … */
  tables: Record<string, Uint8Array>;
}

/** A file to import: a path (Electron dialogs) or uploaded bytes (browser mode). */
export type ImportSource = { path: string } | { name: string; bytes: Uint8Array };

/** Import kinds (DESIGN §4). */
export type ImportKind =
  | 'penalty' | 'benchmark' | 'ticket' | 'inspection' | 'review' | 'survey' | 'survey_item' | 'annual_stat' | 'division' | 'agency';

/** A user correction of the detected mapping: kind and field → header label (null removes). */
export interface MappingOverride {
  kind?: ImportKind;
  columns: Record<string, string | null>;
}

/** What the wizard shows before importing one file. */
export interface ImportPreview {
  file: string;
  /** Id of the staged upload / path, passed back to `startImport`. */
  sourceId: string;
  sheets: {
    name: string;
    kind: ImportKind | null;
    /** Why the sheet cannot be imported as is (unknown shape, missing columns), else null. */
    problem: string | null;
    /** Field → header label as detected, with Chinese field labels. */
    fields: { field: string; label: string; header: string | null; required: boolean }[];
    headers: string[];
    /** The first data rows as text, for the preview grid. */
    rows: string[][];
    headerRow: number;
  }[];
  alreadyImported: boolean;
}

/** Starting an import job. */
export interface StartImportRequest {
  sourceIds: string[];
  kind?: ImportKind;
  mapping?: MappingOverride;
  replace?: boolean;
  strict?: boolean;
}

/** One rejected cell. */
export interface RejectRow {
  sheet: string | null;
  row: number;
  column: string | null;
  value: string | null;
  reason: string;
}

/** The result of importing one sheet (DESIGN §4 JSON). */
export interface BatchResult {
  file: string;
  sheet: string | null;
  kind: ImportKind;
  batch_id: number;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
  rejects: RejectRow[];
  skipped: 'already_imported' | null;
  notes: string[];
}

/** A file of an import job that could not be imported: its transaction rolled back, the job went on. */
export interface ImportFailure {
  file: string;
  error: WireError;
}

/**
 * An import job's state (polled by the wizard). A file that fails is listed in `failures` and the
 * job goes on with the next file, as `supervise import` does; the job is `failed` only when every
 * file failed (`error` is then the first file's).
 */
export interface ImportJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  file: string | null;
  /** Position of `file` among the job's files (0-based) and how many there are. */
  fileIndex: number;
  fileCount: number;
  phase: 'hash' | 'detect' | 'load' | 'commit' | 'done' | null;
  rows: number;
  rowsPerSecond: number;
  fraction: number | null;
  results: BatchResult[];
  failures: ImportFailure[];
  error: WireError | null;
}

/** One import batch with its provenance. */
export interface BatchInfo {
  batch_id: number;
  file_name: string;
  sha256: string;
  kind: ImportKind;
  sheet: string | null;
  imported_at: string;
  rows_read: number;
  rows_imported: number;
  rows_rejected: number;
  file_size: number | null;
  notes: string[];
}

/** Canonical tables the data browser may show. */
export type BrowseTable =
  | 'penalty_case' | 'benchmark_rule' | 'hotline_ticket' | 'inspection' | 'case_review' | 'survey_response'
  | 'survey_answer' | 'survey_item' | 'annual_stat' | 'division' | 'agency' | 'import_batch' | 'import_reject';

/** A page of a canonical table. Column names come from the schema; values are bound, never SQL. */
export interface BrowseRequest {
  table: BrowseTable;
  offset: number;
  limit: number;
  sort?: { column: string; direction: 'asc' | 'desc' } | null;
  /** Contains-search over the text columns. */
  search?: string | null;
  /** Column equals value. */
  equals?: Record<string, string | number | boolean | null>;
  /** Apply the global filter where the table has the columns. */
  filter?: FilterSpec | null;
}

/** A page of rows as Arrow IPC, with the total row count. */
export interface BrowsePage {
  table: BrowseTable;
  total: number;
  offset: number;
  columns: { name: string; label: string; type: string }[];
  arrow: Uint8Array;
}

/**
 * The workspace settings the analyst may change in the UI (stored in the workspace's `setting`
 * table, so they travel with the workspace file). Other settings (thresholds, label maps) are not
 * editable here; `updateSettings` refuses keys outside this list.
 */
export interface WorkspaceSettings {
  /**
   * Mask phone and ID numbers (138****1234) wherever data text reaches the UI, exports and reports.
   * On by default; the analyst may switch it off to see full numbers.
   */
  mask_personal_data: boolean;
}

/** Report formats (DESIGN §6). */
export type ReportFormat = 'docx' | 'xlsx' | 'pptx' | 'pdf';

/** A report export request. */
export interface ReportRequest {
  year: number;
  division?: string | null;
  agency?: string | null;
  formats: ReportFormat[];
  /** Output folder (Electron); browser mode downloads instead and ignores it. */
  outDir?: string | null;
}

/** A finished report export. */
export interface ReportResult {
  files: {
    format: ReportFormat;
    path: string;
    name: string;
    bytes: number;
    /** Browser mode only: same-origin URL to download the file (send the token, see http-wire.md). */
    url?: string;
  }[];
  /** Formats not produced, with the reason (e.g. PDF without LibreOffice). */
  skipped: { format: ReportFormat; reason: string }[];
}

/**
 * The API. One method per entry; the preload exposes exactly these on `window.workstation`, and the
 * HTTP client implements the same interface.
 */
export interface WorkstationApi {
  appInfo(): Promise<AppInfo>;
  currentWorkspace(): Promise<WorkspaceInfo | null>;
  openWorkspace(path: string): Promise<WorkspaceInfo>;
  createWorkspace(path: string): Promise<WorkspaceInfo>;
  listRecent(): Promise<RecentWorkspace[]>;
  filterOptions(): Promise<FilterOptions>;
  overview(filter: FilterSpec): Promise<OverviewResponse>;
  analyze(req: AnalyzeRequest): Promise<AnalysisResponse>;
  previewImport(source: ImportSource): Promise<ImportPreview>;
  startImport(req: StartImportRequest): Promise<ImportJob>;
  importStatus(jobId: string): Promise<ImportJob>;
  cancelImport(jobId: string): Promise<ImportJob>;
  listBatches(): Promise<BatchInfo[]>;
  deleteBatch(batchId: number): Promise<void>;
  exportRejects(batchIds: number[]): Promise<{ name: string; bytes: Uint8Array }>;
  browse(req: BrowseRequest): Promise<BrowsePage>;
  exportRows(req: Omit<BrowseRequest, 'offset' | 'limit'>): Promise<{ name: string; bytes: Uint8Array }>;
  exportReport(req: ReportRequest): Promise<ReportResult>;
  /** The open workspace's editable settings. */
  getSettings(): Promise<WorkspaceSettings>;
  /** Changes some settings (keys outside `WorkspaceSettings` are refused); resolves to all of them. */
  updateSettings(patch: Partial<WorkspaceSettings>): Promise<WorkspaceSettings>;
}

/** The method names of the API (hosts iterate this to register handlers). */
export type WorkstationMethod = keyof WorkstationApi;
