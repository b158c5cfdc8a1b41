/**
 * The window layout: left navigation with the ten pages, a header with the app name, the workspace
 * path and the global filter bar, then the page (analysis pages show the active filters by their title).
 */
import type { ReactNode } from 'react';
import { Layout, Menu, Tag, Tooltip } from 'antd';
import {
  AimOutlined, AuditOutlined, BarChartOutlined, CloudUploadOutlined, DashboardOutlined, DatabaseOutlined,
  FileDoneOutlined, FireOutlined, ReconciliationOutlined, SmileOutlined, SafetyCertificateOutlined,
} from '@ant-design/icons';
import { zh } from '../i18n/zh-CN.ts';
import { useAppState } from '../state/app-state.tsx';
import { PAGE_KEYS, type PageKey } from '../state/route.ts';
import { FilterBar } from './filter-bar.tsx';

const ICONS: Record<PageKey, ReactNode> = {
  overview: <DashboardOutlined />,
  import: <CloudUploadOutlined />,
  penalties: <BarChartOutlined />,
  hotspots: <FireOutlined />,
  deviation: <AimOutlined />,
  quality: <AuditOutlined />,
  survey: <SmileOutlined />,
  reconcile: <ReconciliationOutlined />,
  report: <FileDoneOutlined />,
  browse: <DatabaseOutlined />,
};

export function AppShell({ children }: { children: ReactNode }) {
  const { page, navigate, workspace } = useAppState();
  return (
    <Layout className="app-layout">
      <Layout.Sider width={196} className="app-sider" theme="dark">
        <div className="brand-mark">
          <SafetyCertificateOutlined />
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[page]}
          onClick={(e) => navigate(e.key as PageKey)}
          items={PAGE_KEYS.map((k) => ({ key: k, icon: ICONS[k], label: zh.nav[k], 'data-nav': k }))}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="app-header">
          <div className="app-title">
            <div className="app-name">{zh.app.name}</div>
            <Tooltip title={workspace?.path}>
              <div className="workspace-path" data-workspace-path>
                {zh.app.workspace}：{workspace?.path ?? zh.app.noWorkspace}
                {workspace?.isSample && <Tag className="sample-tag">{zh.app.sample}</Tag>}
              </div>
            </Tooltip>
          </div>
          <FilterBar />
        </Layout.Header>
        <Layout.Content className="app-content">
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
