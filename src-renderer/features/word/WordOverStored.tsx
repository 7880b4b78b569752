import type { ReactElement } from 'react';
import type { ImportOverStored, RecordDiff } from '../../../shared/word';

interface Props {
  readonly name: string;
  readonly over: ImportOverStored;
  /** What the sign-off guard keeps as stored, in words. */
  readonly kept: readonly string[];
  readonly diff: RecordDiff | null;
}

const SHOWN = 40;

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat || '—';
}

/**
 * Over a stored organisation: what happens to each stage (matched stages keep their ids; a
 * signed-off stage is skipped; stages the document lacks are kept) and what would change.
 */
export function WordOverStored({ name, over, kept, diff }: Props): ReactElement {
  const changes = diff?.changes ?? [];
  return (
    <section aria-labelledby="word-over-title" className="word-diff">
      <h3 id="word-over-title">Over the stored record of {name}</h3>
      <ul className="reasons">
        {over.stages.map((s) => (
          <li
            key={s.stageId}
            className={s.action === 'skip-signed-off' ? 'problem' : undefined}
            data-word-stage-plan={s.action}
          >
            <strong>{s.title}</strong>: {s.message}
          </li>
        ))}
      </ul>
      {kept.length > 0 ? (
        <ul className="reasons">
          {kept.map((line, i) => (
            <li key={i} className="problem">
              {line}
            </li>
          ))}
        </ul>
      ) : null}
      <p>
        {changes.length} change{changes.length === 1 ? '' : 's'}
        {diff && diff.stagesAdded.length > 0 ? `; new stages ${diff.stagesAdded.join(', ')}` : ''}.
        A backup is made before anything is stored.
      </p>
      {changes.length > 0 ? (
        <ul className="reasons">
          {changes.slice(0, SHOWN).map((c, i) => (
            <li key={i}>
              {c.where}
              {c.element ? ` ${c.element}` : ''} — {c.field}: “{short(c.before)}” → “
              {short(c.after)}”
            </li>
          ))}
        </ul>
      ) : null}
      {changes.length > SHOWN ? <p className="muted">…and {changes.length - SHOWN} more.</p> : null}
    </section>
  );
}
