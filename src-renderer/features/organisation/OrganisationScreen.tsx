import { useEffect } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findByReference, referenceInUse } from '../../../shared/records/find-by-reference';
import type { OrganisationId } from '../../../shared/types/ids';
import { AutoTextArea } from '../../components/AutoTextArea';
import { stageTitle } from '../../../shared/records/select-stage';
import { useApp } from '../../state/use-app';
import { AddStage } from './AddStage';
import { ContactsEditor } from './ContactsEditor';
import { CycleDatesPanel } from './CycleDatesPanel';
import { StageDetails } from './StageDetails';
import { StageTabs } from './StageTabs';

/** The organisation's header fields and the key dates of every stage. */
export function OrganisationScreen({
  organisationId,
}: {
  readonly organisationId: OrganisationId;
}): ReactElement {
  const { record, recordError, openRecord, editOrganisation, portfolio, loadPortfolio } = useApp(
    useShallow((s) => ({
      record: s.record,
      recordError: s.recordError,
      openRecord: s.openRecord,
      editOrganisation: s.editOrganisation,
      portfolio: s.portfolio,
      loadPortfolio: s.loadPortfolio,
    })),
  );
  useEffect(() => {
    void openRecord(organisationId);
  }, [openRecord, organisationId]);
  useEffect(() => {
    // The other organisations' references, to flag one already in use.
    if (portfolio === null) void loadPortfolio();
  }, [portfolio, loadPortfolio]);
  if (recordError)
    return (
      <p role="alert" className="empty">
        {recordError}
      </p>
    );
  if (!record || record.organisation.id !== organisationId)
    return <p className="empty">Loading…</p>;
  const org = record.organisation;
  // The header is part of what every sign-off vouches for: read-only while any stage is signed.
  const signed = record.stages.find((s) => s.signOff !== undefined);
  const holder = findByReference(
    (portfolio ?? []).map((row) => row.organisation),
    org.reference,
    org.id,
  );
  return (
    <>
      <StageTabs record={record} current={null} />
      <section className="panel" aria-labelledby="org-title">
        <header>
          <h1 id="org-title" style={{ fontSize: 18 }}>
            Organisation
          </h1>
          <span className="muted">Commercial in Confidence</span>
        </header>
        {signed ? (
          <p className="org-signed-note" id="org-signed-note">
            Read-only: the organisation’s name, reference, units and contacts are part of the
            sign-off of {stageTitle(signed)}. Withdraw that sign-off to change them.
          </p>
        ) : null}
        <fieldset
          className="plain body org-grid"
          disabled={signed !== undefined}
          aria-describedby={signed ? 'org-signed-note' : undefined}
        >
          <legend className="sr-only">Organisation details</legend>
          <div className="field">
            <label htmlFor="org-name">Name of organisation</label>
            <input
              id="org-name"
              value={org.name}
              onChange={(e) => editOrganisation({ name: e.target.value })}
            />
            {org.name.trim() === '' ? <span className="problem">A name is needed.</span> : null}
          </div>
          <div className="field">
            <label htmlFor="org-ref">Assessment reference number</label>
            <input
              id="org-ref"
              value={org.reference}
              placeholder="e.g. 14/5167"
              onChange={(e) => editOrganisation({ reference: e.target.value })}
              aria-invalid={holder !== null}
              aria-describedby={holder ? 'org-ref-problem' : undefined}
            />
            {holder ? (
              <span className="problem" id="org-ref-problem" role="alert">
                {referenceInUse(org.reference, holder)}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="org-units">Units in scope</label>
            <AutoTextArea
              id="org-units"
              value={org.unitsInScope}
              onValue={(v) => editOrganisation({ unitsInScope: v })}
            />
          </div>
          <ContactsEditor
            contacts={org.contacts}
            onChange={(contacts) => editOrganisation({ contacts })}
          />
        </fieldset>
      </section>
      <CycleDatesPanel record={record} />
      {record.stages.map((stage) => (
        <StageDetails key={stage.id} organisationId={org.id} stage={stage} />
      ))}
      <AddStage record={record} />
    </>
  );
}
