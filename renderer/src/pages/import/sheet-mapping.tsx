/**
 * One sheet of a previewed file: its problem (if any), the field → header mapping with a Select per
 * canonical field among the headers seen, and a grid of the first rows.
 */
import { Alert, Select, Table, Tag } from 'antd';
import type { ImportPreview } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';

type Sheet = ImportPreview['sheets'][number];

interface Props {
  sheet: Sheet;
  columns: Record<string, string | null>;
  onChange: (field: string, header: string | null) => void;
}

const NONE = '__none__';

export function SheetMapping({ sheet, columns, onChange }: Props) {
  const headerOptions = [{ value: NONE, label: zh.import.notMapped }, ...sheet.headers.map((h) => ({ value: h, label: h }))];
  const mapping = sheet.fields.map((f) => ({ ...f, chosen: f.field in columns ? columns[f.field] : f.header }));
  const grid = sheet.rows.map((r, i) => Object.fromEntries([['__key', String(i)], ...r.map((v, j) => [`c${j}`, v])]));
  return (
    <div className="sheet-mapping">
      {sheet.problem && <Alert type="warning" showIcon title={sheet.problem} className="sheet-problem" />}
      {mapping.length > 0 && (
        <Table
          size="small"
          className="mapping-table"
          rowKey="field"
          pagination={false}
          dataSource={mapping}
          columns={[
            { title: zh.import.field, dataIndex: 'label', width: 220, render: (label: string, f) => <span>{label}{f.required && <Tag color="red" className="req-tag">{zh.import.required}</Tag>}</span> },
            {
              title: zh.import.header,
              dataIndex: 'chosen',
              render: (chosen: string | null, f) => (
                <Select
                  size="small"
                  aria-label={f.label}
                  value={chosen ?? NONE}
                  status={f.required && !chosen ? 'error' : undefined}
                  options={headerOptions}
                  onChange={(v: string) => onChange(f.field, v === NONE ? null : v)}
                  showSearch={{ optionFilterProp: 'label' }}
                />
              ),
            },
          ]}
        />
      )}
      <div className="preview-title">{zh.import.preview(sheet.rows.length)}{sheet.headerRow > 0 && <span className="muted"> · {zh.import.headerRow(sheet.headerRow)}</span>}</div>
      <Table
        size="small"
        rowKey="__key"
        pagination={false}
        scroll={{ x: 'max-content', y: 240 }}
        dataSource={grid}
        columns={sheet.headers.map((h, j) => ({ title: h, dataIndex: `c${j}`, ellipsis: true, width: 140 }))}
      />
    </div>
  );
}
