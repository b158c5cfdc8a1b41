/** The findings of an analysis (or of all, on the overview): warnings first, plain Chinese sentences. */
import { useState } from 'react';
import { Button, Card, Tag } from 'antd';
import { ExclamationCircleFilled, InfoCircleFilled } from '@ant-design/icons';
import type { AnalysisName, Finding } from '../../../analytics/contract.ts';
import { zh } from '../i18n/zh-CN.ts';

type Item = Finding & { analysis?: AnalysisName };

interface Props {
  findings: Item[];
  title?: string;
  /** How many to show before "展开". */
  initial?: number;
  showAnalysis?: boolean;
}

export function FindingsList({ findings, title = zh.findings.title, initial = 4, showAnalysis = false }: Props) {
  const [open, setOpen] = useState(false);
  const sorted = [...findings].sort((a, b) => (a.level === b.level ? 0 : a.level === 'warn' ? -1 : 1));
  const shown = open ? sorted : sorted.slice(0, initial);
  const more = sorted.length - shown.length;
  return (
    <Card size="small" title={title} className="findings-card">
      {sorted.length === 0 ? (
        <div className="muted">{zh.findings.none}</div>
      ) : (
        <ul className="findings">
          {shown.map((f, i) => (
            <li key={`${f.analysis ?? ''}-${f.id}-${i}`} className={f.level === 'warn' ? 'finding warn' : 'finding'}>
              {f.level === 'warn' ? <ExclamationCircleFilled className="finding-icon warn" /> : <InfoCircleFilled className="finding-icon" />}
              {showAnalysis && f.analysis && <Tag className="finding-tag">{zh.findings.analysis[f.analysis]}</Tag>}
              <span>{f.text}</span>
            </li>
          ))}
        </ul>
      )}
      {(more > 0 || open) && sorted.length > initial && (
        <Button type="link" size="small" onClick={() => setOpen(!open)}>
          {open ? zh.findings.collapse : zh.findings.expand(more)}
        </Button>
      )}
    </Card>
  );
}
