/**
 * 年报核对: annual statistics against what the case data computes. Mismatches with both numbers (and
 * suspected 元/万元 mix-ups flagged), agencies with data but no report, and the rule used.
 */
import { useMemo } from 'react';
import { Alert, Tag } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf, type Row } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { StatStrip } from '../../components/stat-strip.tsx';
import { reconcileOption, relativeDifference } from '../../charts/reconcile.ts';
import { formatInt, formatPercent, formatYuan } from '../../format/number.ts';
import { num } from '../../charts/theme.ts';

/** A reported / computed / difference value in its unit (元 amounts the Chinese way). */
function amount(row: Row, key: string): string {
  const v = num(row[key]);
  return row.money === true || row.unit === '元' ? formatYuan(v) : `${formatInt(v)}${row.unit ?? ''}`;
}

export function ReconcilePage() {
  const state = useAnalysis('reconcile');
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const option = useMemo(() => {
    const m = r ? rowsOf(r, 'mismatches').filter((x) => x.suspected_unit_error !== true) : [];
    return m.length ? reconcileOption(rowsOf(r, 'mismatches')) : null;
  }, [r]);

  return (
    <AnalysisFrame page="reconcile" state={state} emptyText={zh.reconcile.empty} isEmpty={(res) => (numOf(res, 'checked') ?? 0) === 0 && rowsOf(res, 'mismatches').length === 0}>
      {(res) => {
        const mismatches = rowsOf(res.result, 'mismatches');
        const unitErrors = mismatches.filter((m) => m.suspected_unit_error === true).length;
        const missing = rowsOf(res.result, 'missing_reports');
        const tol = objOf(res.result, 'tolerance');
        return (
          <>
            <StatStrip
              items={[
                { label: zh.stats.checked, value: formatInt(numOf(res.result, 'checked')) },
                { label: zh.stats.mismatches, value: formatInt(mismatches.length), tone: mismatches.length ? 'warn' : 'normal' },
                { label: zh.reconcile.unitErrors, value: formatInt(unitErrors), tone: unitErrors ? 'warn' : 'normal' },
                { label: zh.reconcile.missingReports, value: formatInt(missing.length), tone: missing.length ? 'warn' : 'normal' },
              ]}
            />
            {tol && <div className="muted">{zh.reconcile.rule(formatInt(numOf(tol, 'abs')), formatPercent(numOf(tol, 'rel'), 0))}</div>}
            {mismatches.length === 0 && <Alert type="success" showIcon title={zh.reconcile.allMatch} />}
            {option && (
              <ChartCard
                title={zh.charts.reconcileBars.title}
                definition={zh.charts.reconcileBars.def}
                option={option}
                height={Math.max(300, Math.min(15, mismatches.length - unitErrors) * 26 + 40)}
                footer={unitErrors ? zh.reconcile.unitErrorsNote(unitErrors) : undefined}
              />
            )}
            {mismatches.length > 0 && (
              <ResultTable
                title={zh.tables.mismatches}
                rows={mismatches}
                pageSize={12}
                onRowClick={(row) => setFilter({ agency: String(row.agency) })}
                columns={[
                  { key: 'agency' },
                  { key: 'indicator', render: (row) => String(row.indicator_label ?? row.indicator ?? '') },
                  { key: 'reported', align: 'right', render: (row) => amount(row, 'reported') },
                  { key: 'computed', align: 'right', render: (row) => amount(row, 'computed') },
                  { key: 'difference', align: 'right', render: (row) => amount(row, 'difference') },
                  { key: 'ratio', title: zh.columns.relative, align: 'right', render: (row) => formatPercent(relativeDifference(row)) },
                  { key: 'suspected_unit_error', title: zh.columns.note, render: (row) => (row.suspected_unit_error === true ? <Tag color="red">{zh.reconcile.unitError}</Tag> : null) },
                ]}
              />
            )}
            {missing.length > 0 && (
              <ResultTable
                title={zh.reconcile.missingTitle}
                rows={missing}
                onRowClick={(row) => setFilter({ agency: String(row.agency) })}
                columns={[
                  { key: 'agency' },
                  { key: 'penalty_total', title: zh.columns.cases, kind: 'int' },
                  { key: 'penalty_amount_yuan', title: zh.columns.penalty_amount_yuan, kind: 'yuan' },
                  { key: 'inspection_total', title: zh.columns.inspections, kind: 'int' },
                ]}
              />
            )}
          </>
        );
      }}
    </AnalysisFrame>
  );
}
