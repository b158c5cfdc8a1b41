/** 投诉热点: division × category heatmap, tickets by division and month, handling rates, surges. */
import { useMemo, useState } from 'react';
import { Alert, Col, Row as Grid, Segmented } from 'antd';
import { zh } from '../../i18n/zh-CN.ts';
import { useAnalysis } from '../../hooks/use-analysis.ts';
import { useAppState } from '../../state/app-state.tsx';
import { numOf, objOf, rowsOf, stringsOf } from '../../state/result-access.ts';
import { AnalysisFrame } from '../analysis-frame.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { ResultTable } from '../../components/result-table.tsx';
import { handlingRatesOption, hotspotHeatmapOption, ticketsByDivisionOption, ticketsMonthlyOption, type HeatmapMode } from '../../charts/hotspots.ts';
import { HotspotStats } from './hotspot-stats.tsx';

export function HotspotsPage() {
  const [scope, setScope] = useState<'complaints' | 'all'>('complaints');
  const [mode, setMode] = useState<HeatmapMode>('z');
  const state = useAnalysis('hotspots', scope);
  const { setFilter } = useAppState();
  const r = state.data?.result;
  const charts = useMemo(() => {
    if (!r) return null;
    const has = (k: string) => rowsOf(r, k).length > 0;
    return {
      byDivision: has('by_division') ? ticketsByDivisionOption(rowsOf(r, 'by_division')) : null,
      monthly: has('by_month') ? ticketsMonthlyOption(rowsOf(r, 'by_month')) : null,
      handling: has('by_category') ? handlingRatesOption(rowsOf(r, 'by_category')) : null,
    };
  }, [r]);
  const heatmap = useMemo(() => (r && rowsOf(r, 'cells').length ? hotspotHeatmapOption(rowsOf(r, 'cells'), mode) : null), [r, mode]);

  const scopeSwitch = (
    <Segmented
      size="small"
      value={scope}
      onChange={(v) => setScope(v as 'complaints' | 'all')}
      options={[{ value: 'complaints', label: zh.hotspots.scopeComplaints }, { value: 'all', label: zh.hotspots.scopeAll }]}
    />
  );
  const modeSwitch = (
    <Segmented size="small" value={mode} onChange={(v) => setMode(v as HeatmapMode)} options={[{ value: 'z', label: zh.series.zScore }, { value: 'count', label: zh.series.count }]} />
  );

  return (
    <AnalysisFrame page="hotspots" state={state} isEmpty={(res) => (numOf(objOf(res, 'summary'), 'tickets') ?? 0) === 0}>
      {(res) => {
        const ignored = stringsOf(res.result, 'filter_ignored').map((k) => zh.filter[k as 'agency' | 'sector'] ?? k);
        return (
          <>
            {ignored.length > 0 && <Alert type="info" showIcon title={zh.tables.filterIgnored(ignored.join('、'))} />}
            <HotspotStats result={res.result} extra={scopeSwitch} />
            <ChartCard
              title={zh.charts.hotspotHeatmap.title}
              definition={zh.charts.hotspotHeatmap.def}
              option={heatmap}
              height={460}
              extra={modeSwitch}
              onClick={(e) => {
                const cell = (e.data as { cell?: { division?: string } } | null)?.cell;
                if (cell?.division) setFilter({ division: cell.division });
              }}
            />
            <Grid gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <ChartCard title={zh.charts.ticketsByDivision.title} definition={zh.charts.ticketsByDivision.def} option={charts?.byDivision ?? null} onClick={(e) => setFilter({ division: e.name })} />
              </Col>
              <Col xs={24} xl={12}>
                <ChartCard title={zh.charts.ticketsMonthly.title} definition={zh.charts.ticketsMonthly.def} option={charts?.monthly ?? null} />
              </Col>
              <Col xs={24} xl={12}>
                <ChartCard title={zh.charts.handlingRates.title} definition={zh.charts.handlingRates.def} option={charts?.handling ?? null} height={320} />
              </Col>
              <Col xs={24} xl={12}>
                <ResultTable
                  title={zh.tables.surges}
                  rows={rowsOf(res.result, 'surges')}
                  pageSize={6}
                  onRowClick={(row) => setFilter({ division: String(row.division) })}
                  columns={[{ key: 'month' }, { key: 'division' }, { key: 'category' }, { key: 'count', kind: 'int' }, { key: 'baseline', kind: 'decimal' }, { key: 'ratio', kind: 'ratio' }]}
                />
              </Col>
            </Grid>
            <ResultTable
              title={zh.tables.hotspots}
              rows={rowsOf(res.result, 'hotspots')}
              onRowClick={(row) => setFilter({ division: String(row.division) })}
              columns={[{ key: 'division' }, { key: 'category' }, { key: 'observed', kind: 'int' }, { key: 'expected', kind: 'decimal' }, { key: 'z', kind: 'ratio' }]}
            />
          </>
        );
      }}
    </AnalysisFrame>
  );
}
