/** 裁量基准偏离: status donut, fines against benchmark ranges, agency rates, 同案不同罚 groups, worst cases. */
import { useMemo } from 'react';
import { Col, Row as Grid, Tag } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf, type Row } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { deviationByAgencyOption, deviationScatterOption, deviationStatusOption } from '../../charts/deviation.ts';
import { num } from '../../charts/theme.ts';
import { DeviationStats } from './deviation-stats.tsx';

const STATUS_COLOR: Record<string, string> = { above: 'red', below: 'blue', within: 'green', no_rule: 'default', not_assessable: 'orange' };

function statusTag(row: Row) {
  const s = String(row.status ?? '');
  return <Tag color={STATUS_COLOR[s] ?? 'default'}>{zh.status[s] ?? s}</Tag>;
}

export function DeviationPage() {
  const state = useAnalysis('deviation');
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const charts = useMemo(() => {
    if (!r) return null;
    const counts = objOf(r, 'status_counts');
    const cases = rowsOf(r, 'cases');
    return {
      status: counts ? deviationStatusOption(counts) : null,
      scatter: cases.some((c) => c.status === 'above' || c.status === 'below') ? deviationScatterOption(cases) : null,
      agencies: rowsOf(r, 'by_agency').length ? deviationByAgencyOption(rowsOf(r, 'by_agency')) : null,
    };
  }, [r]);

  return (
    <AnalysisFrame page="deviation" state={state} isEmpty={(res) => (numOf(objOf(res, 'summary'), 'cases') ?? sumCounts(objOf(res, 'status_counts'))) === 0}>
      {(res) => {
        const groups = [...rowsOf(res.result, 'inconsistent_groups')].sort((a, b) => num(b.cv) - num(a.cv));
        return (
          <>
            <DeviationStats result={res.result} />
            <Grid gutter={[16, 16]}>
              <Col xs={24} xl={9}>
                <ChartCard title={zh.charts.deviationStatus.title} definition={zh.charts.deviationStatus.def} option={charts?.status ?? null} height={360} />
              </Col>
              <Col xs={24} xl={15}>
                <ChartCard title={zh.charts.deviationByAgency.title} definition={zh.charts.deviationByAgency.def} option={charts?.agencies ?? null} height={360} onClick={(e) => setFilter({ agency: e.name })} />
              </Col>
            </Grid>
            <ChartCard title={zh.charts.deviationScatter.title} definition={zh.charts.deviationScatter.def} option={charts?.scatter ?? null} height={380} />
            <ResultTable
              title={zh.tables.inconsistent}
              rows={groups}
              columns={[
                { key: 'violation' }, { key: 'tier' }, { key: 'cases', kind: 'int' }, { key: 'median', kind: 'yuan' }, { key: 'cv', kind: 'ratio' },
                { key: 'p90_p10', kind: 'ratio' },
                { key: 'flagged', title: zh.columns.status, render: (row) => (row.flagged ? <Tag color="red">{zh.deviation.inconsistent}</Tag> : null) },
              ]}
            />
            <ResultTable
              title={zh.tables.deviationCases}
              rows={rowsOf(res.result, 'cases')}
              onRowClick={(row) => setFilter({ agency: String(row.agency) })}
              columns={[
                { key: 'decision_no' }, { key: 'agency' }, { key: 'violation' }, { key: 'tier' }, { key: 'fine_yuan', kind: 'yuan' },
                { key: 'min_yuan', kind: 'yuan' }, { key: 'max_yuan', kind: 'yuan' }, { key: 'status', render: statusTag }, { key: 'deviation_ratio', kind: 'percent' },
              ]}
            />
          </>
        );
      }}
    </AnalysisFrame>
  );
}

function sumCounts(counts: Row | null): number {
  return counts ? Object.values(counts).reduce<number>((s, v) => s + num(v), 0) : 0;
}
