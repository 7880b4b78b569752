import type { ReactElement } from 'react';
import type { DocxImportPreview } from '../../../shared/word';
import { describeSource } from '../../../shared/word/read/doc-model';

/** The import's warnings and the text it could not place, each with where it was found. */
export function WordWarnings({
  preview,
}: {
  readonly preview: DocxImportPreview;
}): ReactElement | null {
  if (preview.warnings.length === 0 && preview.unplaced.length === 0) return null;
  return (
    <section aria-label="Warnings" className="word-warnings">
      {preview.warnings.length > 0 ? (
        <>
          <h3>
            {preview.warnings.length} warning{preview.warnings.length === 1 ? '' : 's'}
          </h3>
          <ul className="reasons warnings">
            {preview.warnings.map((w, i) => (
              <li key={i}>
                {w.message}
                {w.source ? <span className="muted"> ({describeSource(w.source)})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {preview.unplaced.length > 0 ? (
        <details>
          <summary>
            {preview.unplaced.length} passage{preview.unplaced.length === 1 ? '' : 's'} not
            recognised — kept verbatim in the stage notes
          </summary>
          <ul className="reasons">
            {preview.unplaced.map((u, i) => (
              <li key={i}>
                <span className="muted">{describeSource(u.source)}: </span>
                {u.text}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
