import { useState } from 'react';
import type { ReactElement } from 'react';
import type { CertifyingBody } from '../../../shared/settings/certifying-body';
import {
  CERTIFYING_BODY_FIELDS,
  CERTIFYING_BODY_LABELS,
  NO_CERTIFYING_BODY,
  isNoCertifyingBody,
} from '../../../shared/settings/certifying-body';
import type { DocumentCertifyingBody } from '../../../shared/word';
import { useApp } from '../../state/use-app';

interface Props {
  readonly found: DocumentCertifyingBody | null;
}

const FROM: Readonly<Record<DocumentCertifyingBody['from'], string>> = {
  footer: 'its page footer',
  'repeated-lines': 'lines repeated between its pages (a footer flattened into the text)',
};

function same(a: CertifyingBody, b: CertifyingBody): boolean {
  return CERTIFYING_BODY_FIELDS.every((f) => a[f] === b[f]);
}

/**
 * The certifying body the document names, what each part was read as and why, beside the
 * assessor's setting (which exports print). The setting changes only when the assessor asks; it
 * is not part of the record, so confirming the import never changes it.
 */
export function WordCertifyingBody({ found }: Props): ReactElement {
  const setting = useApp((s) => s.settings?.certifyingBody ?? NO_CERTIFYING_BODY);
  const save = useApp((s) => s.saveCertifyingBody);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  if (!found) {
    return (
      <p data-word-certifying-body="none">
        The document names no certifying body in its page footer; exports print the one in your
        settings{setting.name ? ` (${setting.name})` : ' (none set)'}.
      </p>
    );
  }
  const { details } = found;
  const unset = isNoCertifyingBody(setting);
  const agrees = same(setting, details);
  const use = async (): Promise<void> => {
    const problem = await save(details);
    setOutcome(
      problem
        ? { ok: false, text: `Your settings were not changed: ${problem}` }
        : { ok: true, text: 'Saved to your settings; exports will print these details.' },
    );
  };
  return (
    <section
      aria-labelledby="word-body-title"
      className="word-body"
      data-word-certifying-body={found.from}
    >
      <h3 id="word-body-title">Certifying body</h3>
      <p>Read from {FROM[found.from]}:</p>
      <dl>
        {CERTIFYING_BODY_FIELDS.filter((f) => details[f] !== '').map((f) => (
          <div key={f}>
            <dt>{CERTIFYING_BODY_LABELS[f]}</dt>
            <dd>{details[f]}</dd>
          </div>
        ))}
      </dl>
      <details>
        <summary>How it was read</summary>
        <ul className="reasons">
          {found.why.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
      {agrees ? (
        <p>The same as in your settings.</p>
      ) : (
        <p>
          {unset
            ? 'Your settings name no certifying body. '
            : `Your settings name ${setting.name || 'another certifying body'}, which exports print. `}
          <button type="button" className="btn" onClick={() => void use()}>
            {unset ? 'Use these in my settings' : 'Use these instead in my settings'}
          </button>
        </p>
      )}
      {outcome ? (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'problem'}>
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}
