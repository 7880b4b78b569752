import type { ReactElement } from 'react';
import { nextStageKind } from '../../../shared/records/start-next-stage';
import { stageTitle } from '../../../shared/records/select-stage';
import type { AssessmentRecord } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';

/** Starts the next stage of the cycle (SV1 → SV2 → reassessment) and opens its workbook. */
export function AddStage({ record }: { readonly record: AssessmentRecord }): ReactElement | null {
  const start = useApp((s) => s.startNextStage);
  const navigate = useApp((s) => s.navigate);
  const next = nextStageKind(record);
  if (!next) return null;
  return (
    <div style={{ marginTop: 14 }}>
      <button
        type="button"
        className="btn"
        onClick={async () => {
          const id = await start();
          if (id)
            navigate({ screen: 'workbook', organisationId: record.organisation.id, stageId: id });
        }}
      >
        Start {stageTitle(next)}
      </button>
    </div>
  );
}
