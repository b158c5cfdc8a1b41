/** 总览: KPI cards with year-over-year arrows, the top findings of every analysis, and small charts. */
import { useMemo } from 'react';
import { Col, Row as Grid, Spin } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { ReadyScope } from '../../components/page-ready.tsx';
import { ErrorAlert, EmptyWorkspace, LoadingCards } from '../../components/status-views.tsx';
import { FindingsList } from '../../components/findings-list.tsx';
import { PageTitle } from '../analysis-frame.tsx';
import { KpiCards } from './kpi-cards.tsx';
import { OverviewCharts } from './overview-charts.tsx';
import { decodeTables } from '../../api/arrow.ts';

export function OverviewPage() {
  const { api, filter, dataVersion, noData, refreshing } = useAppState();
  const key = filter ? JSON.stringify([filter, dataVersion]) : null;
  const state = useAsync(key, () => api.overview(filter!));
  const { data, error, loading, reload } = state;
  const tables = useMemo(() => decodeTables(data?.tables), [data]);

  let body;
  if (error) body = <ErrorAlert error={error} onRetry={reload} />;
  else if (noData) body = <EmptyWorkspace />;
  else if (!data) body = <LoadingCards count={6} />;
  else
    body = (
      <Spin spinning={loading} delay={300}>
        <div className="page">
          <KpiCards kpis={data.kpis} />
          <div className="muted kpi-note">{zh.kpi.arrowNote}</div>
          <Grid gutter={[16, 16]}>
            <Col xs={24} xl={10}>
              <FindingsList findings={data.findings} title={zh.overview.findingsByAnalysis} initial={10} showAnalysis />
            </Col>
            <Col xs={24} xl={14}>
              <OverviewCharts tables={tables} />
            </Col>
          </Grid>
        </div>
      </Spin>
    );

  return (
    <ReadyScope loading={refreshing || loading || (!data && !error && !noData)} className="page" page="overview">
      <PageTitle title={zh.overview.title} filters />
      {body}
    </ReadyScope>
  );
}
