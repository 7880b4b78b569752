import { useState } from 'react';
import type { ReactElement } from 'react';
import type { OrganisationId, StageId } from '../../../shared/types/ids';
import type { StoredDocument } from '../../db/index';
import { useApp } from '../../state/use-app';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stored: StoredDocument;
  /** The record's stages as `<option>`s. */
  readonly stageOptions: readonly ReactElement[];
}

/**
 * The stage a document was submitted for (saved on change) and the period it evidences (saved
 * when the field is left); read-only in the trash.
 */
export function DocumentFields({ organisationId, stored, stageOptions }: Props): ReactElement {
  const evidence = useApp((s) => s.evidence);
  const doc = stored.document;
  const [period, setPeriod] = useState(doc.period);
  const trashed = doc.trashedAt !== null;
  return (
    <div className="doc-fields">
      <div className="field inline">
        <label htmlFor="doc-stage">Submitted for</label>
        <select
          id="doc-stage"
          value={doc.stageId ?? ''}
          disabled={trashed}
          onChange={(e) =>
            void evidence.updateDocument(organisationId, doc.id, {
              stageId: (e.target.value || null) as StageId | null,
            })
          }
        >
          <option value="">Not said</option>
          {stageOptions}
        </select>
      </div>
      <div className="field inline grow">
        <label htmlFor="doc-period">Period evidenced</label>
        <input
          id="doc-period"
          value={period}
          disabled={trashed}
          placeholder="e.g. survey results 2014–15"
          onChange={(e) => setPeriod(e.target.value)}
          onBlur={() =>
            period !== doc.period &&
            void evidence.updateDocument(organisationId, doc.id, { period })
          }
        />
      </div>
    </div>
  );
}
