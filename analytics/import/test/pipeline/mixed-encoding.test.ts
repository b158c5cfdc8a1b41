/**
 * A UTF-8 CSV with lines of another encoding pasted in (GBK bytes in a UTF-8 file): the bytes that
 * cannot be decoded must not reach the workspace as “�” — the rows holding them in an imported
 * column are rejected at their line with the cause; damage in a column that is not imported
 * rejects nothing; the rest import.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws } = workspacePerTest('mixed-encoding-');
const utf8 = (s: string) => Buffer.from(s, 'utf8');
const gbk = (s: string) => iconv.encode(s, 'gbk');
const AGENCY = '连云港市市场监督管理局';

describe('a CSV of mixed encodings', () => {
  it('rejects the rows whose imported cells hold undecodable bytes, at their line, and keeps the rest', async () => {
    const lines = [
      utf8('处罚决定书文号,当事人名称,罚款金额（元）,处罚决定日期,处罚机关,备注,XYZ\r\n'),
      utf8(`连市监罚〔2025〕1号,甲公司,5000,2025-03-05,${AGENCY},,\r\n`),
      Buffer.concat([utf8('连市监罚〔2025〕2号,乙公司,3000,2025-03-06,'), gbk('东海县市场监督管理局'), utf8(',,\r\n')]),
      Buffer.concat([utf8(`连市监罚〔2025〕3号,丙公司,2000,2025-03-07,${AGENCY},`), gbk('备注'), utf8(',\r\n')]),
      Buffer.concat([utf8(`连市监罚〔2025〕4号,丁公司,1000,2025-03-08,${AGENCY},,`), gbk('内部'), utf8('\r\n')]),
      // Mostly UTF-8, as such files are: the encoding detected is UTF-8.
      ...Array.from({ length: 40 }, (_, i) => utf8(`连市监罚〔2025〕${i + 10}号,戊公司${i},1000,2025-03-09,${AGENCY},已结案,\r\n`)),
    ];
    const f = join(dir, '混合编码.csv');
    writeFileSync(f, Buffer.concat(lines));
    const [r] = await importFile(ws(), f);
    expect(r).toMatchObject({ kind: 'penalty', rows_read: 44, rows_imported: 42, rows_rejected: 2 });
    expect(r.rejects.map((x) => [x.row, x.column])).toEqual([[3, '处罚机关'], [4, '备注']]);
    for (const x of r.rejects) expect(x.reason).toContain('含无法解码的字节');
    const rows = (await all<{ decision_no: string; agency: string }>(ws().conn, sql`SELECT decision_no, agency FROM penalty_case ORDER BY decision_no`))
      .filter((x) => /〕\d号$/.test(x.decision_no));
    expect(rows).toEqual([{ decision_no: '连市监罚〔2025〕1号', agency: AGENCY }, { decision_no: '连市监罚〔2025〕4号', agency: AGENCY }]);
    const garbled = await all<{ n: number }>(ws().conn, sql`SELECT count(*)::INT AS n FROM penalty_case WHERE contains(agency || coalesce(note, ''), ${'\uFFFD'})`);
    expect(garbled[0].n).toBe(0);
  });
});
