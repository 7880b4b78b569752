import { useCallback, useContext, useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ReportGap } from '../../../shared/report/check';
import { reportGaps } from '../../../shared/report/check';
import type { PlaceholderValues } from '../../../shared/report/placeholder-values';
import { placeholderValues } from '../../../shared/report/placeholder-values';
import type { ReportModel } from '../../../shared/report/report-model';
import { reportModel } from '../../../shared/report/report-model';
import { formatLongDate } from '../../../shared/types/dates';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { StageReport } from '../../../shared/types/report';
import type { AssessmentRecord } from '../../../shared/types/record';
import type { LoadedReportTemplate } from '../../state/app-state';
import { StoreContext, useApp } from '../../state/use-app';
import { useToday } from '../../state/use-deps';
import { useOrganisationRecord, useProfile } from '../surveillance/use-surveillance-record';

/** Everything the report screen shows, rebuilt whenever the record (a mark, a text) changes. */
export interface ReportView {
  readonly record: AssessmentRecord | null;
  readonly recordError: string | null;
  /** Null until the record is open; an error when the stage cannot be reported on. */
  readonly model:
    | { readonly ok: true; readonly value: ReportModel }
    | { readonly ok: false; readonly errors: readonly string[] }
    | null;
  readonly template: LoadedReportTemplate | null;
  readonly templateNote: string | null;
  readonly values: PlaceholderValues | null;
  readonly gaps: readonly ReportGap[];
}

/** The report of a stage of an organisation, live: the model follows the store's record. */
export function useReport(organisationId: OrganisationId, stageId: StageId): ReportView {
  const { record, error } = useOrganisationRecord(organisationId);
  const profile = useProfile();
  const today = useToday();
  const { template, templateNote, loadTemplate, body, settingsLoaded, loadSettings } = useApp(
    useShallow((s) => ({
      template: s.reportTemplate,
      templateNote: s.reportTemplateNote,
      loadTemplate: s.loadReportTemplate,
      // The body the page footers print names the report's certifying body too (when set).
      body: s.settings?.certifyingBody.name ?? '',
      settingsLoaded: s.settings !== null,
      loadSettings: s.loadSettings,
    })),
  );
  useEffect(() => {
    void loadTemplate();
  }, [loadTemplate]);
  useEffect(() => {
    if (!settingsLoaded) void loadSettings();
  }, [settingsLoaded, loadSettings]);
  const model = useMemo(
    () => (record ? reportModel(record, stageId, profile) : null),
    [record, stageId, profile],
  );
  const values = useMemo(
    () =>
      model?.ok && template
        ? placeholderValues(model.value, template.template, formatLongDate(today), body)
        : null,
    [model, template, today, body],
  );
  const gaps = useMemo(
    () =>
      model?.ok && template && values ? reportGaps(model.value, template.template, values) : [],
    [model, template, values],
  );
  return { record, recordError: error, model, template, templateNote, values, gaps };
}

/** Changes a stage's report; the new report is autosaved by the store like any stage edit. */
export type EditReport = (stageId: StageId, change: (report: StageReport) => StageReport) => void;

/**
 * An edit function for the report of the open record's stages. It applies `change` (one of
 * shared/report/report-edit.ts) to the report as it is in the store AT THE TIME OF THE EDIT,
 * so two quick edits never undo each other; then saves with `editStage(stageId, { report })`.
 */
export function useEditReport(): EditReport {
  const store = useContext(StoreContext);
  return useCallback<EditReport>(
    (stageId, change) => {
      if (!store) return;
      const state = store.getState();
      const stage = state.record?.stages.find((s) => s.id === stageId);
      if (!stage) return;
      state.editStage(stageId, { report: change(stage.report) });
    },
    [store],
  );
}
