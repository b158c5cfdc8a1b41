/** The app: Ant Design in Chinese, the shell, and the page for the current route. */
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { AppStateProvider, useAppState } from './state/app-state.tsx';
import { AppShell } from './components/app-shell.tsx';
import { ErrorAlert } from './components/status-views.tsx';
import { PageSwitch } from './pages/page-switch.tsx';
import { FONT_FAMILY } from './charts/theme.ts';

function Body() {
  const { bootError, dataChanged } = useAppState();
  return <AppShell>{bootError ? <ErrorAlert error={bootError} onRetry={dataChanged} /> : <PageSwitch />}</AppShell>;
}

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#1f5fbf', fontFamily: FONT_FAMILY, borderRadius: 4 } }}>
      <AntApp>
        <AppStateProvider>
          <Body />
        </AppStateProvider>
      </AntApp>
    </ConfigProvider>
  );
}
