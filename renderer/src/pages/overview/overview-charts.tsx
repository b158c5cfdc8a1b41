/**
 * The overview's small charts, drawn from the overview tables (Arrow). Names are looked up with
 * fallbacks so a host that prefixes them (penalty_by_month …) still fills the cards.
 */
import { useMemo } from 'react';
import { Col, Row as Grid } from 'antd';
import type { DecodedTable } from '../../api/arrow.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { ChartCard } from '../../components/chart-card.tsx';
import { donutOption, rankedBarOption } from '../../charts/common.ts';
import { penaltyMonthlyOption } from '../../charts/penalties.ts';
import { num } from '../../charts/theme.ts';

function pick(tables: Record<string, DecodedTable>, ...names: string[]) {
  for (const n of names) if (tables[n]?.rows.length) return tables[n].rows;
  return null;
}

/** Rows that name a division (unplaced tickets have none and are not a bar). */
function placed(rows: Record<string, unknown>[]) {
  return rows.filter((r) => r.division !== null && r.division !== undefined && r.division !== '');
}

export function OverviewCharts({ tables }: { tables: Record<string, DecodedTable> }) {
  const { setFilter } = useAppState();
  const charts = useMemo(() => {
    const month = pick(tables, 'by_month', 'penalty_by_month');
    const division = pick(tables, 'by_division', 'penalty_by_division');
    const category = pick(tables, 'by_category', 'penalty_by_category', 'by_heaviest_category');
    const tickets = pick(tables, 'tickets_by_division', 'hotline_by_division');
    return {
      month: month ? penaltyMonthlyOption(month) : null,
      division: division ? rankedBarOption(placed(division).map((r) => ({ name: String(r.division), value: num(r.cases) })), { seriesName: zh.series.cases, top: 12 }) : null,
      category: category
        ? donutOption(
            [...category].sort((a, b) => num(b.cases) - num(a.cases)).slice(0, 8).map((r) => ({ name: String(r.category), value: num(r.cases) })),
            { seriesName: zh.series.cases },
          )
        : null,
      tickets: tickets ? rankedBarOption(placed(tickets).map((r) => ({ name: String(r.division), value: num(r.tickets) })), { seriesName: zh.series.tickets, top: 12, color: '#37a2da' }) : null,
    };
  }, [tables]);

  return (
    <Grid gutter={[16, 16]}>
      <Col span={24}>
        <ChartCard title={zh.charts.overviewMonthly.title} definition={zh.charts.overviewMonthly.def} option={charts.month} height={240} />
      </Col>
      <Col xs={24} xxl={12}>
        <ChartCard title={zh.charts.overviewDivision.title} definition={zh.charts.overviewDivision.def} option={charts.division} height={280} onClick={(e) => setFilter({ division: e.name })} />
      </Col>
      <Col xs={24} xxl={12}>
        <ChartCard title={zh.charts.overviewCategory.title} definition={zh.charts.overviewCategory.def} option={charts.category} height={280} />
      </Col>
      {charts.tickets && (
        <Col span={24}>
          <ChartCard title={zh.charts.overviewTickets.title} definition={zh.charts.overviewTickets.def} option={charts.tickets} height={280} onClick={(e) => setFilter({ division: e.name })} />
        </Col>
      )}
    </Grid>
  );
}
