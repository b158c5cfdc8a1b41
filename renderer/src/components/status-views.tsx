/** Shared empty, error and loading states: errors in plain Chinese, empty states lead to 数据导入. */
import { Alert, Button, Empty, Skeleton, Card, Row, Col } from 'antd';
import { zh } from '../i18n/zh-CN.ts';
import { errorText } from '../api/api-error.ts';
import { useAppState } from '../state/app-state.tsx';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={zh.errors.title}
      description={errorText(error)}
      action={onRetry && <Button size="small" onClick={onRetry}>{zh.common.retry}</Button>}
    />
  );
}

/** "No data of this kind yet" with a button to the import wizard. */
export function EmptyWorkspace({ text = zh.common.emptyWorkspace }: { text?: string }) {
  const { navigate } = useAppState();
  return (
    <Card className="empty-card">
      <Empty description={text}>
        <Button type="primary" onClick={() => navigate('import')}>{zh.common.goImport}</Button>
      </Empty>
    </Card>
  );
}

/** Placeholder cards while the first answer is on its way. */
export function LoadingCards({ count = 4 }: { count?: number }) {
  return (
    <Row gutter={[16, 16]}>
      {Array.from({ length: count }, (_, i) => (
        <Col key={i} xs={24} xl={12}>
          <Card size="small">
            <Skeleton active paragraph={{ rows: 6 }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
