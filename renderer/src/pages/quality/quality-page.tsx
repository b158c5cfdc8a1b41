/** 执法检查与评查: inspection modes, penalties per 100 inspections, repeat inspections, case-file reviews. */
import { useMemo } from 'react';
import { Col, Row as Grid } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf, type Row } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { modeShareOption, penaltiesPer100Option, repeatPairsOption, reviewScoresOption } from '../../charts/quality.ts';
import { formatInt } from '../../format/number.ts';
import { QualityStats } from './quality-stats.tsx';

function grades(row: Row): string {
  const g = objOf(row, 'grades');
  return g ? Object.entries(g).map(([k, v]) => `${k}${formatInt(Number(v))}`).join(' · ') : '—';
}

export function QualityPage() {
  const state = useAnalysis('quality');
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const charts = useMemo(() => {
    if (!r) return null;
    const modes = objOf(r, 'mode_counts');
    const pairs = rowsOf(objOf(r, 'repeat_inspections'), 'agency_pairs');
    return {
      modes: modes && Object.keys(modes).length ? modeShareOption(modes) : null,
      per100: rowsOf(r, 'by_agency').length ? penaltiesPer100Option(rowsOf(r, 'by_agency')) : null,
      reviews: rowsOf(r, 'reviews').length ? reviewScoresOption(rowsOf(r, 'reviews')) : null,
      pairs: pairs.length ? repeatPairsOption(pairs) : null,
    };
  }, [r]);
  const isEmpty = (res: unknown) => (numOf(objOf(res, 'mode_share'), 'inspections') ?? 0) === 0 && rowsOf(res, 'reviews').length === 0;

  return (
    <AnalysisFrame page="quality" state={state} isEmpty={isEmpty}>
      {(res) => (
        <>
          <QualityStats result={res.result} />
          <Grid gutter={[16, 16]}>
            <Col xs={24} xl={9}>
              <ChartCard title={zh.charts.modeShare.title} definition={zh.charts.modeShare.def} option={charts?.modes ?? null} height={380} />
            </Col>
            <Col xs={24} xl={15}>
              <ChartCard title={zh.charts.penaltiesPer100.title} definition={zh.charts.penaltiesPer100.def} option={charts?.per100 ?? null} height={380} onClick={(e) => setFilter({ agency: e.name })} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.reviewScores.title} definition={zh.charts.reviewScores.def} option={charts?.reviews ?? null} height={420} onClick={(e) => setFilter({ agency: e.name })} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.repeatPairs.title} definition={zh.charts.repeatPairs.def} option={charts?.pairs ?? null} height={420} />
            </Col>
          </Grid>
          <ResultTable
            title={zh.tables.reviewsByAgency}
            rows={rowsOf(res.result, 'reviews')}
            onRowClick={(row) => setFilter({ agency: String(row.agency) })}
            columns={[
              { key: 'agency' }, { key: 'reviews', kind: 'int' }, { key: 'mean_score', kind: 'decimal' }, { key: 'veto_rate', kind: 'percent' },
              { key: 'grades', render: grades },
            ]}
          />
          <ResultTable
            title={zh.tables.pairs}
            rows={rowsOf(objOf(res.result, 'repeat_inspections'), 'agency_pairs')}
            columns={[{ key: 'agency_a' }, { key: 'agency_b' }, { key: 'episodes', kind: 'int' }]}
          />
        </>
      )}
    </AnalysisFrame>
  );
}
