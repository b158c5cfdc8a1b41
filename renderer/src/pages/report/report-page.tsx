/**
 * 报告导出: year, scope (全市 / a division / an agency) and formats → `exportReport`; elapsed time while
 * it runs; the files produced (downloads in browser mode, paths in the desktop app) and the formats
 * skipped with their reason (PDF needs LibreOffice: disabled up front with the reason from appInfo).
 * The desktop shell asks for the output folder with a native dialog; closing it is not an error.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Radio, Select, Space, Spin, Tooltip } from 'antd';
import type { ReportFormat, ReportResult } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { errorCode, errorText } from '../../api/api-error.ts';
import { ReadyScope } from '../../components/page-ready.tsx';
import { PageTitle } from '../analysis-frame.tsx';
import { ReportFiles } from './report-files.tsx';

type Scope = 'city' | 'division' | 'agency';
const FORMATS: ReportFormat[] = ['docx', 'xlsx', 'pptx', 'pdf'];

export function ReportPage() {
  const { api, info, options, filter, routeFilter } = useAppState();
  const [year, setYear] = useState<number | null>(filter?.year ?? null);
  const [scope, setScope] = useState<Scope>(routeFilter.agency ? 'agency' : routeFilter.division ? 'division' : 'city');
  const [division, setDivision] = useState<string | null>(routeFilter.division);
  const [agency, setAgency] = useState<string | null>(routeFilter.agency);
  const [formats, setFormats] = useState<ReportFormat[]>(['docx', 'xlsx', 'pptx']);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [result, setResult] = useState<ReportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const pdf = info?.pdf ?? { available: false, reason: null };

  useEffect(() => {
    if (year === null && filter) setYear(filter.year);
  }, [filter, year]);
  useEffect(() => {
    if (startedAt === null) return;
    const t = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(t);
  }, [startedAt]);
  const running = startedAt === null ? null : Math.max(0, Math.floor((now - startedAt) / 1000));

  const missingScope = (scope === 'division' && !division) || (scope === 'agency' && !agency);
  const generate = async () => {
    if (year === null) return;
    setStartedAt(Date.now());
    setNow(Date.now());
    setResult(null);
    setError(null);
    try {
      setResult(
        await api.exportReport({
          year, formats, division: scope === 'division' ? division : null, agency: scope === 'agency' ? agency : null,
        }),
      );
    } catch (e) {
      if (errorCode(e) !== 'CANCELLED') setError(e);
    } finally {
      setStartedAt(null);
    }
  };

  return (
    <ReadyScope loading={false} className="page" page="report">
      <PageTitle title={zh.report.title} />
      <Card className="wizard-card">
        <p className="muted">{zh.report.intro}</p>
        <Form layout="horizontal" labelCol={{ flex: '96px' }} style={{ maxWidth: 720 }}>
          <Form.Item label={zh.report.year}>
            <Select style={{ width: 140 }} value={year ?? undefined} options={(options?.years ?? []).map((y) => ({ value: y, label: zh.filter.yearValue(y) }))} onChange={setYear} />
          </Form.Item>
          <Form.Item label={zh.report.scope}>
            <Space wrap>
              <Radio.Group value={scope} onChange={(e) => setScope(e.target.value as Scope)} optionType="button"
                options={[{ value: 'city', label: zh.report.scopeCity }, { value: 'division', label: zh.report.scopeDivision }, { value: 'agency', label: zh.report.scopeAgency }]} />
              {scope === 'division' && (
                <Select style={{ width: 180 }} showSearch={{ optionFilterProp: 'label' }} placeholder={zh.report.pickScope} value={division ?? undefined}
                  options={(options?.divisions ?? []).map((d) => ({ value: d.name, label: d.name }))} onChange={setDivision} />
              )}
              {scope === 'agency' && (
                <Select style={{ width: 280 }} showSearch={{ optionFilterProp: 'label' }} placeholder={zh.report.pickScope} value={agency ?? undefined}
                  options={(options?.agencies ?? []).map((a) => ({ value: a.name, label: a.name }))} onChange={setAgency} />
              )}
            </Space>
          </Form.Item>
          <Form.Item label={zh.report.formats}>
            <Checkbox.Group value={formats} onChange={(v) => setFormats(v as ReportFormat[])}>
              {FORMATS.map((f) => {
                const disabled = f === 'pdf' && !pdf.available;
                const box = <Checkbox key={f} value={f} disabled={disabled}>{zh.report.format[f]}</Checkbox>;
                return disabled ? <Tooltip key={f} title={pdf.reason ?? zh.report.pdfUnavailable}>{box}</Tooltip> : box;
              })}
            </Checkbox.Group>
            {!pdf.available && <div className="muted form-note">{zh.report.pdfUnavailable}：{pdf.reason}</div>}
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <Button type="primary" onClick={generate} disabled={running !== null || !formats.length || missingScope || year === null} data-action="export-report">
              {zh.report.generate}
            </Button>
            {!formats.length && <span className="muted form-note-inline">{zh.report.noFormat}</span>}
          </Form.Item>
        </Form>
        {running !== null && <Spin description={zh.report.generating(running)}><div style={{ height: 60 }} /></Spin>}
        {error !== null && <Alert type="error" showIcon title={zh.errors.title} description={errorText(error)} />}
        {result && <ReportFiles result={result} />}
      </Card>
    </ReadyScope>
  );
}
