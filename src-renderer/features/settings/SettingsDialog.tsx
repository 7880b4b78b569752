import { useEffect, useRef, useState } from 'react';
import type { ReactElement, RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CertifyingBody } from '../../../shared/settings/certifying-body';
import {
  CERTIFYING_BODY_FIELDS,
  CERTIFYING_BODY_LABELS,
  CERTIFYING_BODY_MAX_LENGTH,
  NO_CERTIFYING_BODY,
  certifyingBodyFieldProblem,
  certifyingBodyLines,
} from '../../../shared/settings/certifying-body';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

const LABELS: Readonly<Record<keyof CertifyingBody, string>> = {
  ...CERTIFYING_BODY_LABELS,
  name: 'Name of the certifying body',
};

const PLACEHOLDERS: Readonly<Record<keyof CertifyingBody, string>> = {
  name: 'e.g. Centre for Assessment Ltd',
  address: 'e.g. Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
  telephone: 'e.g. 0161 237 4080',
  website: 'e.g. www.centreforassessment.co.uk',
};

/**
 * The certifying body's details being edited: loaded from the settings when the dialog opens
 * (none, when they cannot be read), with the ref of the field that takes the focus once they are.
 */
function useEditedBody(): {
  readonly settingsError: string | null;
  readonly body: CertifyingBody | null;
  readonly setBody: (body: CertifyingBody) => void;
  readonly first: RefObject<HTMLInputElement | null>;
  readonly save: (body: CertifyingBody) => Promise<string | null>;
} {
  const { settings, settingsError, loadSettings, save } = useApp(
    useShallow((s) => ({
      settings: s.settings,
      settingsError: s.settingsError,
      loadSettings: s.loadSettings,
      save: s.saveCertifyingBody,
    })),
  );
  const [body, setBody] = useState<CertifyingBody | null>(settings?.certifyingBody ?? null);
  const first = useRef<HTMLInputElement>(null);
  const loaded = body !== null || settingsError !== null;
  useEffect(() => {
    if (settings === null) void loadSettings();
  }, [settings, loadSettings]);
  // The fields appear once the settings are read: the first one takes the focus then.
  useEffect(() => {
    if (loaded) first.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (body === null && settings !== null) setBody(settings.certifyingBody);
  }, [body, settings]);
  return { settingsError, body, setBody, first, save };
}

/**
 * The certifying body's details (name, address, telephone, web site), kept on this machine and
 * printed at the foot of every page of the exports, with a preview of those lines. A save that
 * fails keeps the text and says why.
 */
export function SettingsDialog({ onClose }: { readonly onClose: () => void }): ReactElement {
  const { settingsError, body, setBody, first, save } = useEditedBody();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = body ?? (settingsError !== null ? NO_CERTIFYING_BODY : null);
  const problems = CERTIFYING_BODY_FIELDS.map((f) =>
    shown ? certifyingBodyFieldProblem(f, shown[f].trim()) : null,
  );
  const valid = shown !== null && problems.every((p) => p === null);
  const preview = certifyingBodyLines(shown);
  return (
    <Dialog
      title="Settings: the certifying body"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            form="settings-form"
            className="btn primary"
            disabled={!valid || busy}
          >
            Save
          </button>
        </>
      }
    >
      {settingsError !== null ? (
        <p role="alert" className="problem">
          {settingsError}
        </p>
      ) : null}
      {shown === null ? (
        <p>Loading…</p>
      ) : (
        <form
          id="settings-form"
          style={{ display: 'flex', flexDirection: 'column', gap: 10 }}
          onSubmit={async (e) => {
            e.preventDefault();
            if (!valid) return;
            setBusy(true);
            const message = await save(shown);
            setBusy(false);
            if (message === null) onClose();
            else setFailure(message);
          }}
        >
          <p className="hint" style={{ margin: 0 }}>
            Printed at the foot of every page of the exports (PDF, Word, workbook), as the
            certifying body’s own record prints them. Kept on this computer only.
          </p>
          {CERTIFYING_BODY_FIELDS.map((field, i) => (
            <CertifyingBodyField
              key={field}
              field={field}
              value={shown[field]}
              problem={problems[i] ?? null}
              inputRef={field === 'name' ? first : undefined}
              onChange={(value) => setBody({ ...shown, [field]: value })}
            />
          ))}
          <FooterPreview lines={preview} />
          {failure !== null ? (
            <p role="alert" className="problem">
              {failure}
            </p>
          ) : null}
        </form>
      )}
    </Dialog>
  );
}

/** One field of the certifying body, with its problem said beside it. */
function CertifyingBodyField({
  field,
  value,
  problem,
  inputRef,
  onChange,
}: {
  readonly field: keyof CertifyingBody;
  readonly value: string;
  readonly problem: string | null;
  /** Given to the field that takes the focus when the dialog opens. */
  readonly inputRef: RefObject<HTMLInputElement | null> | undefined;
  readonly onChange: (value: string) => void;
}): ReactElement {
  const id = `certifying-body-${field}`;
  const common = {
    id,
    value,
    placeholder: PLACEHOLDERS[field],
    maxLength: CERTIFYING_BODY_MAX_LENGTH + 50,
    'aria-invalid': problem !== null,
    'aria-describedby': problem ? `${id}-problem` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{LABELS[field]}</label>
      {field === 'address' ? (
        <textarea {...common} rows={2} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} ref={inputRef} onChange={(e) => onChange(e.target.value)} />
      )}
      {problem ? (
        <span className="problem" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}

/** The lines printed at the foot of each page, as they will read. */
function FooterPreview({ lines }: { readonly lines: readonly string[] }): ReactElement {
  return (
    <div
      aria-live="polite"
      style={{ overflowWrap: 'anywhere', wordBreak: 'break-word', minWidth: 0 }}
    >
      <strong>At the foot of each page:</strong>
      {lines.length === 0 ? (
        <p className="muted">Nothing (no certifying body set).</p>
      ) : (
        lines.map((line) => (
          <p key={line} className="muted" style={{ margin: '2px 0' }} data-testid="footer-line">
            {line}
          </p>
        ))
      )}
    </div>
  );
}
