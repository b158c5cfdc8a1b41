/** Active filters as closable tags and a visible 清除筛选 button (linked views need a way back). */
import { Button, Tag } from 'antd';
import { ClearOutlined } from '@ant-design/icons';
import { zh } from '../i18n/zh-CN.ts';
import { useAppState } from '../state/app-state.tsx';
import type { RouteFilter } from '../state/route.ts';

const KEYS = ['division', 'agency', 'sector'] as const;

export function ActiveFilters() {
  const { routeFilter, setFilter, clearFilter } = useAppState();
  const active = KEYS.filter((k) => routeFilter[k]);
  return (
    <div className="active-filters" data-active-filters={active.length}>
      <span className="muted">{zh.filter.active}</span>
      {active.length === 0 && <span className="muted">{zh.filter.linkedHint}</span>}
      {active.map((k) => (
        <Tag key={k} color="blue" closable onClose={() => setFilter({ [k]: null } as Partial<RouteFilter>)} data-filter-tag={k}>
          {zh.filter[k]}：{routeFilter[k]}
        </Tag>
      ))}
      {active.length > 0 && (
        <Button size="small" icon={<ClearOutlined />} onClick={clearFilter}>
          {zh.filter.clear}
        </Button>
      )}
    </div>
  );
}
