/** What a writer reports about each file (and sheet) it wrote. */
export interface WrittenFile {
  /** File name inside the output folder. */
  file: string;
  kind: 'penalty' | 'benchmark' | 'ticket' | 'inspection' | 'review' | 'survey' | 'annual_stat' | 'division' | 'agency';
  sheet?: string;
  /** Data rows (titles, headers and total rows excluded). */
  rows: number;
  bytes?: number;
  fine_total_yuan?: number;
  revoked_rows?: number;
  year?: number;
}
