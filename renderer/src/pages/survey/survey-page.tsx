/** 满意度调查: dimension scores, agency indices with CIs, importance–performance quadrants, keywords. */
import { useMemo } from 'react';
import { Col, Row as Grid, Tag } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf, type Row } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { surveyAgenciesOption, surveyDimensionsOption, surveyKeywordsOption, surveyQuadrantOption } from '../../charts/survey.ts';
import { formatDecimal } from '../../format/number.ts';
import { SurveyStats } from './survey-stats.tsx';

function ci(row: Row): string {
  return `${formatDecimal(numOf(row, 'ci_low'), 1)} – ${formatDecimal(numOf(row, 'ci_high'), 1)}`;
}

export function SurveyPage() {
  const state = useAnalysis('survey');
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const charts = useMemo(() => {
    if (!r) return null;
    const has = (k: string) => rowsOf(r, k).length > 0;
    return {
      dimensions: has('dimensions') ? surveyDimensionsOption(rowsOf(r, 'dimensions')) : null,
      agencies: has('by_agency') ? surveyAgenciesOption(rowsOf(r, 'by_agency'), numOf(objOf(r, 'city') ?? objOf(r, 'overall'), 'index')) : null,
      quadrant: has('quadrants') ? surveyQuadrantOption(rowsOf(r, 'quadrants')) : null,
      keywords: has('keywords') ? surveyKeywordsOption(rowsOf(r, 'keywords')) : null,
    };
  }, [r]);
  const agencyCount = r ? rowsOf(r, 'by_agency').length : 0;

  return (
    <AnalysisFrame page="survey" state={state} isEmpty={(res) => (numOf(objOf(res, 'overall'), 'responses') ?? 0) === 0}>
      {(res) => (
        <>
          <SurveyStats result={res.result} />
          <Grid gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.surveyDimensions.title} definition={zh.charts.surveyDimensions.def} option={charts?.dimensions ?? null} height={340} />
            </Col>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.surveyQuadrant.title} definition={zh.charts.surveyQuadrant.def} option={charts?.quadrant ?? null} height={340} />
            </Col>
          </Grid>
          <ChartCard
            title={zh.charts.surveyAgencies.title}
            definition={zh.charts.surveyAgencies.def}
            option={charts?.agencies ?? null}
            height={Math.max(360, agencyCount * 20 + 60)}
            onClick={(e) => e.name && setFilter({ agency: e.name })}
            footer={String(objOf(res.result, 'comparisons')?.note ?? '')}
          />
          <Grid gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <ChartCard title={zh.charts.surveyKeywords.title} definition={zh.charts.surveyKeywords.def} option={charts?.keywords ?? null} height={400} />
            </Col>
            <Col xs={24} xl={12}>
              <ResultTable
                title={zh.tables.respondentTypes}
                rows={rowsOf(res.result, 'by_respondent_type')}
                columns={[{ key: 'respondent_type' }, { key: 'responses', kind: 'int' }, { key: 'index', kind: 'decimal' }, { key: 'ci', align: 'right', render: ci }, { key: 'satisfied_rate', kind: 'percent' }]}
              />
            </Col>
          </Grid>
          <ResultTable
            title={zh.tables.surveyAgencies}
            rows={rowsOf(res.result, 'by_agency')}
            onRowClick={(row) => setFilter({ agency: String(row.agency) })}
            columns={[
              { key: 'agency' }, { key: 'responses', kind: 'int' }, { key: 'index', kind: 'decimal' }, { key: 'ci', align: 'right', render: ci },
              { key: 'satisfied_rate', kind: 'percent' }, { key: 'negative_rate', kind: 'percent' },
              { key: 'below_city', render: (row) => (row.below_city === true ? <Tag color="red">{zh.series.belowCity}</Tag> : null) },
            ]}
          />
        </>
      )}
    </AnalysisFrame>
  );
}
