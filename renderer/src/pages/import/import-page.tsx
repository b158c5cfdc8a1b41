/**
 * 数据导入: choose files → check the detected kind and header mapping with a preview → import with
 * progress and cancel → the result with rejected rows; the batch list with provenance below.
 */
import { useCallback, useMemo, useState } from 'react';
import { Card, Modal, Steps } from 'antd';
import type { BatchInfo, ImportPreview } from '../../../../analytics/contract.ts';
import { zh } from '../../i18n/zh-CN.ts';
import { useAppState } from '../../state/app-state.tsx';
import { ReadyScope } from '../../components/page-ready.tsx';
import { PageTitle } from '../analysis-frame.tsx';
import { FileDrop } from './file-drop.tsx';
import { MappingReview } from './mapping-review.tsx';
import { ImportProgress } from './import-progress.tsx';
import type { ImportOutcome } from './import-outcome.ts';
import { ImportResult } from './import-result.tsx';
import { BatchList } from './batch-list.tsx';
import { planJobs, stage, type StagedFile } from './staged-file.ts';

type Step = 'choose' | 'mapping' | 'run' | 'result';
const STEPS: Step[] = ['choose', 'mapping', 'run', 'result'];

export function ImportPage() {
  const { dataChanged } = useAppState();
  const [step, setStep] = useState<Step>('choose');
  const [files, setFiles] = useState<StagedFile[]>([]);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [replacing, setReplacing] = useState<BatchInfo | null>(null);
  // Bumped while an import runs, each time a file has been written, so the batch list shows it.
  const [written, setWritten] = useState(0);
  const fileDone = useCallback(() => setWritten((n) => n + 1), []);
  const jobs = useMemo(() => (step === 'run' ? planJobs(files) : []), [step, files]);

  const previewed = (previews: ImportPreview[], replace = false) => {
    setFiles(previews.map((p) => stage(p, replace)));
    setStep('mapping');
  };
  const done = useCallback(
    (o: ImportOutcome) => {
      setOutcome(o);
      setStep('result');
      if (o.results.some((r) => !r.skipped)) dataChanged();
    },
    [dataChanged],
  );
  const restart = () => {
    setFiles([]);
    setOutcome(null);
    setStep('choose');
  };

  return (
    <ReadyScope loading={false} className="page" page="import">
      <PageTitle title={zh.import.title} />
      <Card className="wizard-card">
        <Steps
          size="small"
          current={STEPS.indexOf(step)}
          items={STEPS.map((s) => ({ title: zh.import.steps[s] }))}
          style={{ marginBottom: 20 }}
        />
        {step === 'choose' && <FileDrop onPreviewed={(p) => previewed(p)} />}
        {step === 'mapping' && <MappingReview files={files} onChange={setFiles} onBack={restart} onStart={() => setStep('run')} />}
        {step === 'run' && <ImportProgress jobs={jobs} onDone={done} onFileDone={fileDone} />}
        {step === 'result' && outcome && <ImportResult outcome={outcome} onRestart={restart} />}
      </Card>
      <BatchList onReplace={setReplacing} refreshKey={written} />
      <Modal open={replacing !== null} title={replacing ? zh.import.replaceTitle(replacing.file_name) : ''} footer={null} onCancel={() => setReplacing(null)} destroyOnHidden>
        {replacing && (
          <FileDrop
            nameFor={() => replacing.file_name}
            onPreviewed={(p) => {
              setReplacing(null);
              previewed(p, true);
            }}
          />
        )}
      </Modal>
    </ReadyScope>
  );
}
