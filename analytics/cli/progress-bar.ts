/**
 * A one-line progress bar on stderr for TTYs: file, phase, rows and rows/s.
 */
import type { ImportProgress } from '../import/progress.ts';

const PHASE: Record<ImportProgress['phase'], string> = { hash: '校验', detect: '识别', load: '导入', commit: '提交', done: '完成' };

/** Returns a progress callback; call it with 'done' to end the line. */
export function progressBar(): (p: ImportProgress | 'done') => void {
  let shown = false;
  return (p) => {
    if (p === 'done') {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
      return;
    }
    shown = true;
    const frac = p.fraction === null ? '' : ` ${Math.round(p.fraction * 100)}%`;
    const rate = p.rowsPerSecond ? `，${p.rowsPerSecond.toLocaleString('zh-CN')} 行/秒` : '';
    process.stderr.write(`\r\x1b[K${PHASE[p.phase]} ${p.file}${p.sheet ? '「' + p.sheet + '」' : ''}：${p.rows.toLocaleString('zh-CN')} 行${rate}${frac}`);
  };
}
