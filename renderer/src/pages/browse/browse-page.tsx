/**
 * 数据浏览: any canonical table, paged from DuckDB (`browse`) and virtualised on screen, sortable by
 * any column on the server, searchable over text columns, optionally narrowed by the global filter,
 * and exportable to Excel (`exportRows`). Phone and ID numbers arrive masked unless the workspace
 * setting (the 显示完整号码 switch) says otherwise.
 */
import { useMemo, useState } from 'react';
import { App, Button, Card, Input, Select, Space, Switch, Table } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { BrowseRequest, BrowseTable } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { useAsync } from '../../hooks/use-async.ts';
import { decodeRows } from '../../api/arrow.ts';
import { errorText } from '../../api/api-error.ts';
import { mimeFor, saveBytes } from '../../api/download.ts';
import { formatInt } from '../../format/number.ts';
import { ReadyScope } from '../../components/page-ready.tsx';
import { ErrorAlert } from '../../components/status-views.tsx';
import { PageTitle } from '../analysis-frame.tsx';
import { browseColumns } from './browse-columns.tsx';
import { PersonalDataSwitch } from './personal-data-switch.tsx';
import { useWindowHeight } from '../../hooks/use-window-height.ts';

const TABLES = Object.keys(zh.browse.tables) as BrowseTable[];

export function BrowsePage() {
  const { api, filter, dataVersion } = useAppState();
  const { message } = App.useApp();
  const [table, setTable] = useState<BrowseTable>('penalty_case');
  const [page, setPage] = useState({ current: 1, size: 200 });
  const [sort, setSort] = useState<BrowseRequest['sort']>(null);
  const [search, setSearch] = useState('');
  const [useFilter, setUseFilter] = useState(true);
  const spec = { table, sort, search: search || null, filter: useFilter ? filter : null };
  const key = JSON.stringify([spec, page, dataVersion]);
  const { data, error, loading, reload } = useAsync(key, () => api.browse({ ...spec, offset: (page.current - 1) * page.size, limit: page.size }));
  const rows = useMemo(() => decodeRows(data?.arrow).rows.map((r, i) => ({ ...r, __key: String(i) })), [data]);
  const gridHeight = useWindowHeight(330, 300);
  const { columns, width } = useMemo(() => browseColumns(data?.columns ?? [], sort ?? null), [data, sort]);

  const exportXlsx = async () => {
    try {
      const file = await api.exportRows(spec);
      saveBytes(file.name, file.bytes, mimeFor(file.name));
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const reset = () => setPage((p) => ({ ...p, current: 1 }));

  return (
    <ReadyScope loading={loading} className="page" page="browse">
      <PageTitle title={zh.browse.title} />
      <Card size="small" className="table-card">
        <Space wrap className="browse-toolbar">
          <Select
            aria-label={zh.browse.table}
            style={{ width: 180 }}
            value={table}
            options={TABLES.map((t) => ({ value: t, label: zh.browse.tables[t] }))}
            onChange={(t: BrowseTable) => { setTable(t); setSort(null); setSearch(''); reset(); }}
          />
          <Input.Search allowClear placeholder={zh.browse.searchPlaceholder} style={{ width: 260 }} onSearch={(v) => { setSearch(v.trim()); reset(); }} />
          <Space size={6}>
            <Switch size="small" checked={useFilter} onChange={(v) => { setUseFilter(v); reset(); }} />
            <span>{zh.browse.applyFilter}</span>
          </Space>
          <PersonalDataSwitch />
          <Button icon={<DownloadOutlined />} onClick={exportXlsx}>{zh.browse.exportXlsx}</Button>
        </Space>
        {error ? (
          <ErrorAlert error={error} onRetry={reload} />
        ) : (
          <Table<Record<string, unknown>>
            size="small"
            virtual
            rowKey="__key"
            loading={loading}
            columns={columns}
            dataSource={rows}
            scroll={{ x: width, y: gridHeight }}
            pagination={{
              current: page.current,
              pageSize: page.size,
              total: data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [100, 200, 500, 1000],
              showTotal: (t) => zh.common.total(formatInt(t)),
              size: 'small',
            }}
            onChange={(p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              const next = s?.order && s.field ? { column: String(s.field), direction: s.order === 'ascend' ? ('asc' as const) : ('desc' as const) } : null;
              if (JSON.stringify(next) !== JSON.stringify(sort)) {
                setSort(next);
                setPage({ current: 1, size: p.pageSize ?? page.size });
              } else setPage({ current: p.current ?? 1, size: p.pageSize ?? page.size });
            }}
          />
        )}
      </Card>
    </ReadyScope>
  );
}
