/**
 * Step 2: per file, the detected kind (changeable), an "already imported" warning with the replace
 * option, and each sheet's mapping and preview. Corrections are kept per file and sent with its import.
 */
import { Alert, Button, Card, Checkbox, Select, Space, Tabs, Tag } from 'antd';
import type { ImportKind } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { SheetMapping } from './sheet-mapping.tsx';
import { detectedKind, importable, type StagedFile } from './staged-file.ts';

const KINDS = Object.keys(zh.import.kinds) as ImportKind[];

interface Props {
  files: StagedFile[];
  onChange: (files: StagedFile[]) => void;
  onBack: () => void;
  onStart: () => void;
}

export function MappingReview({ files, onChange, onBack, onStart }: Props) {
  const update = (i: number, patch: Partial<StagedFile>) => onChange(files.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <div className="page">
      {files.map((f, i) => {
        const detected = detectedKind(f);
        const sheets = f.preview.sheets;
        const body = (s: (typeof sheets)[number]) => (
          <SheetMapping sheet={s} columns={f.columns} onChange={(field, header) => update(i, { columns: { ...f.columns, [field]: header } })} />
        );
        return (
          <Card
            key={f.preview.sourceId}
            size="small"
            title={f.preview.file}
            extra={
              <Space>
                <span className="muted">{zh.import.detectedKind}</span>
                <Tag color={detected ? 'blue' : 'default'}>{detected ? zh.import.kinds[detected] : zh.import.unknownKind}</Tag>
                <Select
                  size="small"
                  style={{ width: 150 }}
                  aria-label={zh.import.detectedKind}
                  value={f.kind ?? detected ?? undefined}
                  placeholder={zh.import.unknownKind}
                  options={KINDS.map((k) => ({ value: k, label: zh.import.kinds[k] }))}
                  onChange={(k: ImportKind) => update(i, { kind: k === detected ? null : k, columns: {} })}
                />
              </Space>
            }
          >
            {f.preview.alreadyImported && (
              <Alert
                type="warning"
                showIcon
                className="sheet-problem"
                title={zh.import.alreadyImported}
                action={<Checkbox checked={f.replace} onChange={(e) => update(i, { replace: e.target.checked })}>{zh.import.replaceExisting}</Checkbox>}
              />
            )}
            {sheets.length === 1 ? body(sheets[0]) : <Tabs size="small" items={sheets.map((s) => ({ key: s.name, label: `${zh.import.sheet}：${s.name}`, children: body(s) }))} />}
          </Card>
        );
      })}
      <Space>
        <Button onClick={onBack}>{zh.import.back}</Button>
        <Button type="primary" disabled={!files.some(importable)} onClick={onStart} data-action="start-import">
          {zh.import.start}
        </Button>
      </Space>
    </div>
  );
}
