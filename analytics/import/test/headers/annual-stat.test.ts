import { describe, expect, it } from 'vitest';
import { ANNUAL_INDICATORS, ANNUAL_INDICATOR_LABELS } from '../../headers/annual-indicators.ts';
import { detectKind } from '../../headers/detect-kind.ts';
import { findTable, isNoteRow, isTotalRow } from '../../headers/find-table.ts';
import { columnsFromLabels, headerColumn } from '../../headers/header-column.ts';
import { matchIndicator } from '../../headers/match-indicator.ts';
import { ANNUAL_SHEET } from './annual-rows.ts';
import { fieldHeaders } from './real-headers.ts';

describe('annual statistics (two-row merged header)', () => {
  it('title row above, merged header, 合计 row and note below: indicators from parent/child', () => {
    const table = findTable(ANNUAL_SHEET)!;
    const result = detectKind(table.columns);
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('annual_stat');
    const { mapping } = result;
    expect(fieldHeaders(mapping)).toEqual({ agency: '填报单位' });
    const byLabel = Object.fromEntries(mapping.indicatorColumns.map((c) => [mapping.columns.find((col) => col.index === c.index)!.label, c.indicator]));
    expect(byLabel).toEqual({
      '行政处罚/警告、通报批评': 'penalty_warning',
      '行政处罚/罚款': 'penalty_fine',
      '行政处罚/没收': 'penalty_confiscation',
      '行政处罚/暂扣/降级': 'penalty_suspend_license',
      '行政处罚/吊销': 'penalty_revoke_license',
      '行政处罚/限制经营': 'penalty_restrict',
      '行政处罚/停产停业/关闭/限制从业': 'penalty_stop_close',
      '行政处罚/拘留': 'penalty_detention',
      '行政处罚/其他': 'penalty_other',
      '行政处罚/合计': 'penalty_total',
      '行政处罚/罚没金额（万元）': 'penalty_amount_yuan',
      '行政许可/申请': 'license_applied',
      '行政许可/许可': 'license_granted',
      '行政许可/不予许可': 'license_refused',
      '行政强制/措施': 'coercion_measures',
      '行政强制/执行': 'coercion_enforcement',
      '行政检查/次数': 'inspection_total',
    });
    expect(mapping.indicatorColumns.find((c) => c.indicator === 'penalty_amount_yuan')).toEqual({ index: 11, indicator: 'penalty_amount_yuan', unit: '万元' });
    // Columns of the form with no DOMAIN §4 code stay listed, not guessed.
    expect(mapping.unmapped.map((u) => u.header)).toEqual(['行政许可/受理', '行政许可/撤销许可', '行政强制/申请法院强制执行']);
    // What the loader skips below the header.
    const data = ANNUAL_SHEET.filter((r) => r.row >= table.dataStartRow && !isTotalRow(r.cells) && !isNoteRow(r.cells));
    expect(data.map((r) => r.row)).toEqual([5, 6]);
  });

  it('the same child word means different indicators under different parents', () => {
    expect(matchIndicator(headerColumn(0, ['行政处罚', '合计']))).toBe('penalty_total');
    expect(matchIndicator(headerColumn(0, ['行政检查', '次数']))).toBe('inspection_total');
    expect(matchIndicator(headerColumn(0, ['行政检查', '合计']))).toBe('inspection_total');
    expect(matchIndicator(headerColumn(0, ['行政许可', '许可']))).toBe('license_granted');
    expect(matchIndicator(headerColumn(0, ['行政许可', '撤销许可']))).toBeNull();
    expect(matchIndicator(headerColumn(0, ['行政复议', '纠错']))).toBe('reconsideration_corrected');
    expect(matchIndicator(headerColumn(0, ['行政诉讼', '败诉']))).toBe('litigation_lost');
    // Extended local counts (不予处罚 / 减轻处罚) have no code.
    expect(matchIndicator(headerColumn(0, ['不予处罚', '件数']))).toBeNull();
    // A parent unit covers its children.
    expect(headerColumn(0, ['行政处罚（件）', '罚款']).unit).toBe('件');
  });

  it('one-row variant: 单位名称 · 年度 · 行政处罚合计 · 罚没金额（元） · 检查次数 · extended columns', () => {
    const result = detectKind(columnsFromLabels([
      '单位名称', '年度', '行政处罚合计', '罚款', '罚没金额（元）', '检查次数', '移送司法机关', '被复议', '复议纠错', '行政诉讼败诉', '行政执法证持证率',
    ]));
    if (!result.ok) throw new Error(result.message);
    expect(result.kind).toBe('annual_stat');
    expect(fieldHeaders(result.mapping)).toEqual({ agency: '单位名称', year: '年度' });
    expect(result.mapping.indicatorColumns).toEqual([
      { index: 2, indicator: 'penalty_total', unit: null },
      { index: 3, indicator: 'penalty_fine', unit: null },
      { index: 4, indicator: 'penalty_amount_yuan', unit: '元' },
      { index: 5, indicator: 'inspection_total', unit: null },
      { index: 6, indicator: 'transfer_judicial', unit: null },
      { index: 7, indicator: 'reconsideration_total', unit: null },
      { index: 8, indicator: 'reconsideration_corrected', unit: null },
      { index: 9, indicator: 'litigation_lost', unit: null },
    ]);
    expect(result.mapping.unmapped.map((u) => u.header)).toEqual(['行政执法证持证率']);
  });

  it('exports the indicator dictionary as data (code → Chinese label)', () => {
    expect(ANNUAL_INDICATORS.map((i) => i.code).sort()).toEqual([
      'coercion_enforcement', 'coercion_measures', 'inspection_total', 'license_applied', 'license_granted', 'license_refused',
      'litigation_lost', 'litigation_total', 'penalty_amount_yuan', 'penalty_confiscation', 'penalty_detention', 'penalty_fine',
      'penalty_other', 'penalty_restrict', 'penalty_revoke_license', 'penalty_stop_close', 'penalty_suspend_license',
      'penalty_total', 'penalty_warning', 'reconsideration_corrected', 'reconsideration_total', 'transfer_judicial',
    ]);
    expect(ANNUAL_INDICATOR_LABELS.penalty_total).toBe('行政处罚：合计');
    expect(ANNUAL_INDICATORS.filter((i) => i.money).map((i) => i.code)).toEqual(['penalty_amount_yuan']);
    expect(JSON.parse(JSON.stringify(ANNUAL_INDICATORS))).toEqual(ANNUAL_INDICATORS);
  });
});
