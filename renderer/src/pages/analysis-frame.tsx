/**
 * The frame every analysis page shares: title, ReadyScope (`data-ready`), first-load skeletons,
 * errors in plain Chinese, the empty state that leads to 数据导入, the findings list, then the page's
 * charts. While a new filter loads, the previous charts stay visible under a spinner.
 */
import type { ReactNode } from 'react';
import { Spin } from 'antd';
import type { AnalysisResponse } from '../../../analytics/contract.ts';
import type { AsyncState } from '../hooks/use-async.ts';
import { ReadyScope } from '../components/page-ready.tsx';
import { EmptyWorkspace, ErrorAlert, LoadingCards } from '../components/status-views.tsx';
import { FindingsList } from '../components/findings-list.tsx';
import { ActiveFilters } from '../components/active-filters.tsx';
import { zh } from '../i18n/zh-CN.ts';
import type { PageKey } from '../state/route.ts';
import { useAppState } from '../state/app-state.tsx';

interface Props {
  page: PageKey;
  state: AsyncState<AnalysisResponse>;
  /** True when the result has nothing to show (no data of this kind for the filter). */
  isEmpty: (result: AnalysisResponse['result']) => boolean;
  emptyText?: string;
  children: (res: AnalysisResponse) => ReactNode;
}

/** Page heading; analysis pages show the active filters (closable tags, 清除筛选) on the right. */
export function PageTitle({ title, note, filters = false }: { title: string; note?: string; filters?: boolean }) {
  return (
    <div className="page-title">
      <h2>{title}</h2>
      {note && <span className="muted">{note}</span>}
      {filters && <ActiveFilters />}
    </div>
  );
}

export function AnalysisFrame({ page, state, isEmpty, emptyText, children }: Props) {
  const { data, error, loading, reload } = state;
  const { noData, refreshing } = useAppState();
  let body: ReactNode;
  const empty = emptyText ?? zh.common.emptyByPage[page];
  if (noData) body = <EmptyWorkspace text={empty} />;
  else if (error) body = <ErrorAlert error={error} onRetry={reload} />;
  else if (!data) body = <LoadingCards />;
  else if (isEmpty(data.result)) body = <EmptyWorkspace text={empty} />;
  else
    body = (
      <Spin spinning={loading} delay={300}>
        <div className="page">
          <FindingsList findings={data.result.findings ?? []} />
          {children(data)}
        </div>
      </Spin>
    );
  return (
    <ReadyScope loading={refreshing || (!noData && (loading || (!data && !error)))} className="page" page={page}>
      <PageTitle title={zh.nav[page]} filters note={data && !loading ? zh.common.elapsed((data.elapsedMs / 1000).toFixed(2)) : undefined} />
      {body}
    </ReadyScope>
  );
}
