import type { ReactElement } from 'react';
import { findCatalogue } from '../../../shared/catalogue/catalogue';
import { nextStageKind } from '../../../shared/records/start-next-stage';
import { stageTitle } from '../../../shared/records/select-stage';
import { DEFAULT_PROFILE, findProfile } from '../../../shared/scoring/profiles';
import { scoreStage } from '../../../shared/scoring/score-stage';
import { VERDICT_NAMES } from '../../../shared/scoring/score-types';
import type { AssessmentRecord } from '../../../shared/types/record';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

interface Props {
  readonly record: AssessmentRecord;
  readonly onStart: () => void;
  readonly onClose: () => void;
}

/**
 * Asks before the next stage of the cycle is started: it begins from the current stage's final
 * marks, and when the current final verdict is not "Achieved" the question says so first.
 */
export function StartStageDialog({ record, onStart, onClose }: Props): ReactElement | null {
  const profileId = useApp((s) => s.profileId);
  const next = nextStageKind(record);
  if (!next) return null;
  const current = record.stages[record.stages.length - 1];
  const catalogue = current ? findCatalogue(current.catalogueId) : undefined;
  const verdict =
    current && catalogue
      ? scoreStage(current, catalogue, 'final', findProfile(profileId) ?? DEFAULT_PROFILE).verdict
      : null;
  const title = `Start ${stageTitle(next)}`;
  return (
    <Dialog
      title={`${title}?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn primary" onClick={onStart}>
            {title}
          </button>
        </>
      }
    >
      {current && verdict !== null && verdict !== 'achieved' ? (
        <p role="alert" className="problem" data-testid="next-stage-verdict">
          {stageTitle(current)} is {VERDICT_NAMES[verdict].toLowerCase()}: its final verdict is not
          “Achieved”.
        </p>
      ) : null}
      <p>
        {stageTitle(next)} begins from the final marks of{' '}
        {current ? stageTitle(current) : 'the last stage'}, which stay as they are. It is added to
        this organisation’s record.
      </p>
    </Dialog>
  );
}
