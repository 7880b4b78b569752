import { useState } from 'react';
import type { ReactElement } from 'react';
import { nextStageKind } from '../../../shared/records/start-next-stage';
import { stageTitle } from '../../../shared/records/select-stage';
import type { AssessmentRecord } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';
import { StartStageDialog } from './StartStageDialog';

/** "Start Surveillance 1…": asks (StartStageDialog), then starts it and opens its workbook. */
export function AddStage({ record }: { readonly record: AssessmentRecord }): ReactElement | null {
  const start = useApp((s) => s.startNextStage);
  const navigate = useApp((s) => s.navigate);
  const [asking, setAsking] = useState(false);
  const next = nextStageKind(record);
  if (!next) return null;
  return (
    <div style={{ marginTop: 14 }}>
      <button type="button" className="btn" onClick={() => setAsking(true)}>
        Start {stageTitle(next)}…
      </button>
      {asking ? (
        <StartStageDialog
          record={record}
          onClose={() => setAsking(false)}
          onStart={async () => {
            setAsking(false);
            const id = await start();
            if (id)
              navigate({ screen: 'workbook', organisationId: record.organisation.id, stageId: id });
          }}
        />
      ) : null}
    </div>
  );
}
