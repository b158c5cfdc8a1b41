/** 处罚分布: fine histogram, category mix, by agency / division / sector (click to filter), monthly trend. */
import { useMemo } from 'react';
import { Col, Row as Grid } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { categoryMixOption, fineHistogramOption, penaltyMonthlyOption } from '../../charts/penalties.ts';
import { rankedBarOption } from '../../charts/common.ts';
import { num } from '../../charts/theme.ts';
import { PenaltyStats } from './penalty-stats.tsx';

export function PenaltiesPage() {
  const state = useAnalysis('penalties');
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const charts = useMemo(() => {
    if (!r) return null;
    const ranked = (key: string, nameKey: string) =>
      rowsOf(r, key).length ? rankedBarOption(rowsOf(r, key).map((x) => ({ name: String(x[nameKey]), value: num(x.cases) })), { seriesName: zh.series.cases, top: 15 }) : null;
    return {
      histogram: rowsOf(r, 'histogram').length ? fineHistogramOption(rowsOf(r, 'histogram')) : null,
      category: rowsOf(r, 'by_category').length ? categoryMixOption(rowsOf(r, 'by_category')) : null,
      agency: ranked('by_agency', 'agency'),
      division: ranked('by_division', 'division'),
      sector: ranked('by_sector', 'sector'),
      monthly: rowsOf(r, 'by_month').length ? penaltyMonthlyOption(rowsOf(r, 'by_month')) : null,
    };
  }, [r]);

  return (
    <AnalysisFrame page="penalties" state={state} isEmpty={(res) => (numOf(objOf(res, 'summary'), 'cases') ?? 0) === 0}>
      {(res) => (
        <>
          <PenaltyStats result={res.result} />
          <Grid gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.fineHistogram.title} definition={zh.charts.fineHistogram.def} option={charts?.histogram ?? null} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.categoryMix.title} definition={zh.charts.categoryMix.def} option={charts?.category ?? null} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.penaltyByAgency.title} definition={zh.charts.penaltyByAgency.def} option={charts?.agency ?? null} height={380} onClick={(e) => setFilter({ agency: e.name })} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.penaltyMonthly.title} definition={zh.charts.penaltyMonthly.def} option={charts?.monthly ?? null} height={380} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.penaltyByDivision.title} definition={zh.charts.penaltyByDivision.def} option={charts?.division ?? null} onClick={(e) => setFilter({ division: e.name })} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.penaltyBySector.title} definition={zh.charts.penaltyBySector.def} option={charts?.sector ?? null} onClick={(e) => setFilter({ sector: e.name })} />
            </Col>
          </Grid>
          <ResultTable
            title={zh.tables.agencies}
            rows={rowsOf(res.result, 'by_agency')}
            onRowClick={(row) => setFilter({ agency: String(row.agency) })}
            columns={[
              { key: 'agency' }, { key: 'division' }, { key: 'sector' }, { key: 'cases', kind: 'int' }, { key: 'fine_total_yuan', kind: 'yuan' },
              { key: 'fine_median_yuan', kind: 'yuan' }, { key: 'december_share', kind: 'percent' }, { key: 'simple_over_cap', kind: 'int' },
            ]}
          />
          {rowsOf(objOf(res.result, 'flags'), 'simple_procedure_over_cap_cases').length > 0 && (
            <ResultTable
              title={zh.tables.overCapCases}
              rows={rowsOf(objOf(res.result, 'flags'), 'simple_procedure_over_cap_cases')}
              columns={[{ key: 'decision_no' }, { key: 'agency' }, { key: 'party_type' }, { key: 'fine_yuan', kind: 'yuan' }, { key: 'cap_yuan', kind: 'yuan' }, { key: 'decided_on' }]}
            />
          )}
        </>
      )}
    </AnalysisFrame>
  );
}
