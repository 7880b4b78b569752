import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { ExchangeError } from '../../../shared/exchange/errors';
import { WRONG_PASSPHRASE_MESSAGE, openBackup } from '../../../shared/backup/parse';
import type { ReadBackup } from '../../../shared/backup/parse';
import type { OrganisationId } from '../../../shared/types/ids';
import { backupBeforeImport } from '../../services/backup/automatic-backups';
import type { BackupDeps } from '../../services/backup/backup-service';
import type { RestorePlan, RestoreReport } from '../../services/backup/restore-service';
import { applyRestore, planRestore, writesSomething } from '../../services/backup/restore-service';
import { InvalidBackupStep, PassphraseStep, PreviewStep } from './RestoreSteps';
import { RestoreResult } from './RestoreResult';
import { webCheckCrypto } from '../../services/crypto/web-sha256';

/** A backup file to restore from: where it came from (for the title) and its bytes. */
export interface RestoreSource {
  /** A kept backup described in words (its date included), or a file's name. */
  readonly label: string;
  readonly kind: 'kept' | 'file';
  readonly bytes: Uint8Array;
}

type Step =
  | { readonly kind: 'reading' }
  | { readonly kind: 'passphrase'; readonly wrong: boolean }
  | { readonly kind: 'invalid'; readonly errors: readonly ExchangeError[] }
  | { readonly kind: 'preview'; readonly backup: ReadBackup; readonly plan: RestorePlan }
  | { readonly kind: 'writing' }
  | { readonly kind: 'done'; readonly report: RestoreReport }
  | { readonly kind: 'refused'; readonly message: string };

interface Props {
  readonly deps: BackupDeps;
  readonly source: RestoreSource;
  readonly onClose: () => void;
  /** After anything was written (reload what is on screen). */
  readonly onRestored: () => Promise<void>;
}

/** The flow's steps: reading (with a passphrase or not), and restoring the chosen organisations. */
function useRestoreSteps({ deps, source, onRestored }: Omit<Props, 'onClose'>): {
  readonly step: Step;
  readonly chosen: ReadonlySet<OrganisationId>;
  readonly setChosen: (chosen: ReadonlySet<OrganisationId>) => void;
  readonly read: (passphrase: string | null) => Promise<void>;
  readonly restore: (plan: RestorePlan) => Promise<void>;
} {
  const [step, setStep] = useState<Step>({ kind: 'reading' });
  const [chosen, setChosen] = useState<ReadonlySet<OrganisationId>>(new Set());

  const read = async (pass: string | null): Promise<void> => {
    setStep({ kind: 'reading' });
    const opened = await openBackup(source.bytes, pass, deps.crypto.subtle);
    if (opened.kind === 'needs-passphrase') return setStep({ kind: 'passphrase', wrong: false });
    if (opened.kind === 'invalid') {
      const wrong = opened.errors[0]?.problem === WRONG_PASSPHRASE_MESSAGE;
      return setStep(
        wrong ? { kind: 'passphrase', wrong } : { kind: 'invalid', errors: opened.errors },
      );
    }
    try {
      await deps.flush?.();
      const plan = await planRestore(deps.repository, opened.backup, webCheckCrypto());
      setChosen(new Set(plan.filter(writesSomething).map((i) => i.record.organisation.id)));
      setStep({ kind: 'preview', backup: opened.backup, plan });
    } catch (error) {
      setStep({ kind: 'refused', message: error instanceof Error ? error.message : String(error) });
    }
  };
  useEffect(() => {
    // Read once per source (`read` is a new function each render, and need not re-run).
    void read(null);
  }, [source]);

  const restore = async (plan: RestorePlan): Promise<void> => {
    setStep({ kind: 'writing' });
    const safety = await backupBeforeImport(deps);
    if (safety.kind === 'failed') {
      return setStep({
        kind: 'refused',
        message: `${safety.message} So that nothing can be lost, nothing was restored.`,
      });
    }
    const report = await applyRestore(deps.repository, plan, chosen);
    if (report.restored.length > 0) await onRestored();
    setStep({ kind: 'done', report });
  };
  return { step, chosen, setChosen, read, restore };
}

/**
 * Restoring: read (asking for the passphrase of an encrypted backup), show per organisation
 * what would change, and only on "Restore" back up what is stored now and write the chosen
 * organisations. Nothing is written before that click.
 */
export function RestoreFlow({ deps, source, onClose, onRestored }: Props): ReactElement {
  const { step, chosen, setChosen, read, restore } = useRestoreSteps({ deps, source, onRestored });
  const [passphrase, setPassphrase] = useState('');
  const close = (
    <button type="button" className="btn" onClick={onClose}>
      {step.kind === 'done' ? 'Close' : 'Cancel'}
    </button>
  );
  switch (step.kind) {
    case 'reading':
    case 'writing':
      return (
        <p className="muted" role="status">
          {step.kind === 'reading' ? 'Reading the backup…' : 'Restoring…'}
        </p>
      );
    case 'passphrase':
      return (
        <PassphraseStep
          label={source.label}
          wrong={step.wrong}
          passphrase={passphrase}
          onChange={setPassphrase}
          onOpen={() => void read(passphrase)}
          close={close}
        />
      );
    case 'invalid':
      return <InvalidBackupStep errors={step.errors} close={close} />;
    case 'preview':
      return (
        <PreviewStep
          source={source}
          backup={step.backup}
          plan={step.plan}
          chosen={chosen}
          onChoose={setChosen}
          onRestore={() => void restore(step.plan)}
          close={close}
        />
      );
    case 'done':
      return <RestoreResult report={step.report} footer={close} />;
    case 'refused':
      return (
        <div className="restore-step">
          <p role="alert" className="problem">
            {step.message}
          </p>
          <div className="backup-actions">{close}</div>
        </div>
      );
  }
}
