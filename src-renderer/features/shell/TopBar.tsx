import { useState } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stageTitle } from '../../../shared/records/select-stage';
import { useApp } from '../../state/use-app';
import { BackupsDialog } from '../backup/BackupsDialog';
import { ExportMenu } from '../exports/ExportMenu';
import { SettingsDialog } from '../settings/SettingsDialog';
import { BusyIndicator } from './BusyIndicator';
import { SaveIndicator } from './SaveIndicator';
import { RecoveryButton } from '../recovery/RecoveryDialog';

/** App bar: where you are, the save status, and the file actions. */
export function TopBar(): ReactElement {
  const { route, record, openRecordFile, saveRecordFile, undo, canUndo } = useApp(
    useShallow((s) => ({
      route: s.route,
      record: s.record,
      openRecordFile: s.openRecordFile,
      saveRecordFile: s.saveRecordFile,
      undo: s.undo,
      canUndo: s.undoStack.length > 0,
    })),
  );
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const org =
    route.screen !== 'portfolio' && record?.organisation.id === route.organisationId
      ? record.organisation
      : null;
  // The export menu belongs to a stage: its workbook and its assessment report.
  const stage =
    route.screen === 'workbook' || route.screen === 'assessment-report'
      ? record?.stages.find((s) => s.id === route.stageId)
      : undefined;
  return (
    <header className="topbar">
      <span className="brand">CSE Fieldbook</span>
      <nav aria-label="Breadcrumb">
        <a href="#/">Portfolio</a>
        {org ? (
          <>
            <span className="crumb-sep" aria-hidden="true">
              ›
            </span>
            <a href={`#/org/${org.id}`} title={org.name}>
              {org.reference ? `${org.reference} · ` : ''}
              {org.name || 'Unnamed organisation'}
            </a>
          </>
        ) : null}
        {stage ? (
          <>
            <span className="crumb-sep" aria-hidden="true">
              ›
            </span>
            <span aria-current="page">{stageTitle(stage)}</span>
          </>
        ) : null}
      </nav>
      <div className="actions">
        <BusyIndicator />
        <SaveIndicator />
        <RecoveryButton />
        {stage ? <ExportMenu stageId={stage.id} /> : null}
        {route.screen === 'workbook' ? (
          <button
            type="button"
            className="btn small"
            onClick={undo}
            disabled={!canUndo}
            title="Undo the last change (Ctrl+Z outside a text field)"
          >
            Undo
          </button>
        ) : null}
        <button type="button" className="btn small" onClick={() => setBackupsOpen(true)}>
          Backups…
        </button>
        <button type="button" className="btn small" onClick={() => setSettingsOpen(true)}>
          Settings…
        </button>
        <button type="button" className="btn small" onClick={() => void openRecordFile()}>
          Open record…
        </button>
        {org ? (
          <button type="button" className="btn small" onClick={() => void saveRecordFile()}>
            Save as file…
          </button>
        ) : null}
      </div>
      {backupsOpen ? <BackupsDialog onClose={() => setBackupsOpen(false)} /> : null}
      {settingsOpen ? <SettingsDialog onClose={() => setSettingsOpen(false)} /> : null}
    </header>
  );
}
