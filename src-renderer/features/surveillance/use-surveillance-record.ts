import { useCallback, useContext, useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RuleProfile } from '../../../shared/scoring/profiles';
import { DEFAULT_PROFILE, findProfile } from '../../../shared/scoring/profiles';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { AssessmentRecord, Stage } from '../../../shared/types/record';
import { StoreContext, useApp } from '../../state/use-app';

/** The open record when it is `organisationId`'s, loading it if needed; or why it is not there. */
export function useOrganisationRecord(organisationId: OrganisationId): {
  readonly record: AssessmentRecord | null;
  readonly error: string | null;
} {
  const { record, error, openRecord } = useApp(
    useShallow((s) => ({ record: s.record, error: s.recordError, openRecord: s.openRecord })),
  );
  useEffect(() => {
    void openRecord(organisationId);
  }, [openRecord, organisationId]);
  return {
    record: record?.organisation.id === organisationId ? record : null,
    error,
  };
}

/** The rule profile the user picked (partial maximums and the category heuristic). */
export function useProfile(): RuleProfile {
  const id = useApp((s) => s.profileId);
  return findProfile(id) ?? DEFAULT_PROFILE;
}

/** Changes a stage's surveillance records; the new value is autosaved by the store. */
export type EditSurveillance = (stageId: StageId, change: (stage: Stage) => Stage) => void;

/**
 * An edit function for the surveillance records of the open record's stages. It applies
 * `change` (one of shared/records/surveillance-edit.ts) to the stage as it is in the store AT
 * THE TIME OF THE EDIT, not as the component last rendered it, so two quick edits never undo
 * each other; then saves with `editStage(stageId, { surveillance })`.
 */
export function useEditSurveillance(): EditSurveillance {
  const store = useContext(StoreContext);
  return useCallback<EditSurveillance>(
    (stageId, change) => {
      if (!store) return;
      const state = store.getState();
      const stage = state.record?.stages.find((s) => s.id === stageId);
      if (!stage) return;
      state.editStage(stageId, { surveillance: change(stage).surveillance });
    },
    [store],
  );
}
