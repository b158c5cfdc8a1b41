/**
 * Penalty exports in shapes our generator does not write, taken from agencies' case systems: each
 * test imports a small file and reads back what was stored.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../../sql/fragment.ts';
import { all } from '../../../sql/run.ts';
import { importFile } from '../../import-file.ts';
import { writeXlsx } from './fixtures.ts';
import { workspacePerTest } from './workspace-per-test.ts';

const { dir, ws: workspace } = workspacePerTest('penalty-shapes-');

const AGENCY = '连云港市卫生健康委员会';

describe('penalty exports from case systems', () => {
  it('adds separate 没收违法所得 and 没收非法财物 columns into the confiscation', async () => {
    const f = join(dir, 'split-confiscation.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['处罚决定书文号', '当事人名称', '罚款金额（元）', '没收违法所得金额（元）', '没收非法财物金额（元）', '处罚决定日期', '处罚机关'],
        ['连卫罚〔2024〕1号', '甲诊所', 30000, 1200.5, 800, '2024-03-05', AGENCY],
        ['连卫罚〔2024〕2号', '乙药店', 5000, null, 300.25, '2024-03-06', AGENCY],
        ['连卫罚〔2024〕3号', '丙药店', 5000, null, null, '2024-03-07', AGENCY],
      ],
    }]);
    const [r] = await importFile(workspace(), f);
    expect(r).toMatchObject({ kind: 'penalty', rows_imported: 3, rows_rejected: 0 });
    const rows = await all<{ decision_no: string; confiscation_yuan: number | null }>(
      workspace().conn, sql`SELECT decision_no, confiscation_yuan FROM penalty_case ORDER BY source_row`,
    );
    expect(rows.map((x) => x.confiscation_yuan)).toEqual([2000.5, 300.25, null]);
  });

  it('infers the party type the national templates leave out: credit code type, identity document', async () => {
    const f = join(dir, 'template-types.xlsx');
    await writeXlsx(f, [
      {
        name: '法人及非法人组织',
        rows: [
          ['行政相对人名称', '行政相对人代码_1(统一社会信用代码)', '法定代表人', '行政处罚决定书文号', '处罚类别', '罚款金额(万元)', '处罚决定日期', '处罚机关'],
          ['甲贸易有限公司', '913207036J6THN7T19', '江某', '连卫罚〔2024〕11号', '罚款', 0.5, '2024-03-05', AGENCY],
          ['海州区乙便利店', '92320703MA1XK8JL2N', '王某', '连卫罚〔2024〕12号', '罚款', 0.05, '2024-03-06', AGENCY],
          ['丙合作社', null, '李某', '连卫罚〔2024〕13号', '警告', null, '2024-03-07', AGENCY],
        ],
      },
      {
        name: '自然人',
        rows: [
          ['行政相对人名称', '证件类型', '证件号码', '行政处罚决定书文号', '处罚类别', '罚款金额(万元)', '处罚决定日期', '处罚机关', '行政相对人类别'],
          ['康某某', '身份证', '320703********1164', '连卫罚〔2024〕14号', '罚款', 0.02, '2024-03-08', AGENCY, null],
          ['赵某', null, '320703199001011164', '连卫罚〔2024〕15号', '罚款', 0.02, '2024-03-09', AGENCY, null],
          ['钱某', '身份证', '320703199001011180', '连卫罚〔2024〕16号', '罚款', 0.02, '2024-03-10', AGENCY, '个体工商户'],
        ],
      },
    ]);
    const results = await importFile(workspace(), f);
    expect(results.map((r) => r.rows_imported)).toEqual([3, 3]);
    expect(results[0].notes).toContain('2 条记录未写明相对人类别，已按统一社会信用代码或证件类型推断');
    expect(results[1].notes).toContain('2 条记录未写明相对人类别，已按统一社会信用代码或证件类型推断');
    const rows = await all<{ party_name: string; party_type: string | null }>(workspace().conn, sql`SELECT party_name, party_type FROM penalty_case ORDER BY decision_no`);
    expect(rows.map((x) => [x.party_name, x.party_type])).toEqual([
      ['甲贸易有限公司', '法人及非法人组织'], ['海州区乙便利店', '个体工商户'], ['丙合作社', null],
      ['康某某', '自然人'], ['赵某', '自然人'], ['钱某', '个体工商户'],
    ]);
  });

  it('imports the 2016 双公示 template: no 罚款金额 column, 处罚类别1 + 处罚类别2, fine read from 处罚结果', async () => {
    const f = join(dir, 'template-2016.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['行政处罚决定书文号', '处罚名称', '处罚类别1', '处罚类别2', '处罚事由', '处罚依据', '行政相对人名称',
          '行政相对人代码_1(统一社会信用代码)', '法定代表人姓名', '处罚结果', '处罚决定日期', '处罚机关', '当前状态', '地方编码', '备注'],
        ['连卫罚〔2019〕1号', '甲诊所超范围执业案', '罚款', '没收违法所得', '超范围执业', '《医疗机构管理条例》', '甲诊所',
          '52320706MJ1XXXXX1A', '张三', '没收违法所得2000元，罚款人民币伍仟元整', '2019-06-05', AGENCY, '0', '320700', null],
        ['连卫罚〔2019〕2号', '乙药店案', '警告', null, '未按规定陈列', '《药品管理法》', '乙药店',
          '92320706MA2XXXXX2B', '李四', '警告', '2019/6/6', AGENCY, '0', '320700', null],
      ],
    }]);
    const [r] = await importFile(workspace(), f);
    expect(r).toMatchObject({ kind: 'penalty', rows_imported: 2, rows_rejected: 0 });
    expect(r.notes).toContain('文件没有罚款金额列，罚款金额取自「处罚结果」列中“罚款……元”的文字');
    const rows = await all<{ categories: string[]; fine_yuan: number | null }>(
      workspace().conn, sql`SELECT categories, fine_yuan FROM penalty_case ORDER BY source_row`,
    );
    expect(rows).toEqual([
      { categories: ['罚款', '没收违法所得'], fine_yuan: 5000 },
      { categories: ['警告'], fine_yuan: null },
    ]);
  });

  it('reads the categories from 处罚结果 when there is no 处罚类别 column, and a credit code from 证件号码', async () => {
    const f = join(dir, 'no-category-column.xlsx');
    await writeXlsx(f, [{
      name: 'S',
      rows: [
        ['案件编号', '当事人', '当事人类型', '证件号码', '处罚结果', '罚款金额(元)', '决定日期', '办案单位'],
        ['JS-1', '张某', '自然人', '320705199001012345', '警告', null, '2024-03-05', '连云港市城市管理局'],
        ['JS-2', '某有限公司', '企业法人', '91320700MA1N7MKX8N', '没收违法所得500元，罚款5000元', 5000, '2024-03-06', '连云港市城市管理局'],
        ['JS-3', '李某', '自然人', '320705199001015678', '责令改正', null, '2024-03-07', '连云港市城市管理局'],
      ],
    }]);
    const [r] = await importFile(workspace(), f);
    expect(r).toMatchObject({ kind: 'penalty', rows_imported: 3, rows_rejected: 0 });
    const rows = await all<{ categories: string[] | null; credit_code: string | null; id_number: string | null }>(
      workspace().conn, sql`SELECT categories, credit_code, id_number FROM penalty_case ORDER BY source_row`,
    );
    expect(rows).toEqual([
      { categories: ['警告'], credit_code: null, id_number: '320705199001012345' },
      { categories: ['没收违法所得', '罚款'], credit_code: '91320700MA1N7MKX8N', id_number: '91320700MA1N7MKX8N' },
      { categories: null, credit_code: null, id_number: '320705199001015678' },
    ]);
  });
});
