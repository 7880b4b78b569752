import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { findByReference, referenceInUse } from '../../../shared/records/find-by-reference';
import { Dialog } from '../../components/Dialog';
import { useApp } from '../../state/use-app';

/**
 * Name and reference of a new organisation; it starts at its initial assessment. A reference
 * another organisation already has is flagged and not created.
 */
export function NewOrganisationDialog(): ReactElement {
  const create = useApp((s) => s.createOrganisation);
  const close = useApp((s) => s.showDialog);
  const [name, setName] = useState('');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  const portfolio = useApp((s) => s.portfolio);
  const loadPortfolio = useApp((s) => s.loadPortfolio);
  useEffect(() => {
    // Opened from the menu on another screen: the organisations may not be read yet.
    if (portfolio === null) void loadPortfolio();
  }, [portfolio, loadPortfolio]);
  const holder = findByReference(
    (portfolio ?? []).map((row) => row.organisation),
    reference,
  );
  const valid = name.trim() !== '' && holder === null;
  return (
    <Dialog
      title="New organisation"
      onClose={() => close(null)}
      footer={
        <>
          <button type="button" className="btn" onClick={() => close(null)}>
            Cancel
          </button>
          <button
            type="submit"
            form="new-org-form"
            className="btn primary"
            disabled={!valid || busy}
          >
            Create
          </button>
        </>
      }
    >
      <form
        id="new-org-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!valid) return;
          setBusy(true);
          await create(name, reference);
          setBusy(false);
        }}
        style={{ display: 'flex', flexDirection: 'column', gap: 12 }}
      >
        <div className="field">
          <label htmlFor="new-org-name">Name of organisation</label>
          <input
            id="new-org-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            maxLength={1000}
            required
          />
        </div>
        <div className="field">
          <label htmlFor="new-org-ref">Assessment reference number</label>
          <input
            id="new-org-ref"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            placeholder="e.g. 14/5167"
            maxLength={1000}
            aria-invalid={holder !== null}
            aria-describedby={holder ? 'new-org-ref-problem' : undefined}
          />
          {holder ? (
            <span className="problem" id="new-org-ref-problem" role="alert">
              {referenceInUse(reference, holder)} Give this organisation its own reference, or open
              that one from the portfolio.
            </span>
          ) : null}
          <span className="hint">
            The record starts at its initial assessment; later stages are added from the
            organisation page.
          </span>
        </div>
      </form>
    </Dialog>
  );
}
