import { Fragment, useEffect, useMemo } from 'react';
import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { findCatalogue } from '../../../shared/catalogue/catalogue';
import { DEFAULT_PROFILE, findProfile } from '../../../shared/scoring/profiles';
import type { ElementId, OrganisationId, StageId } from '../../../shared/types/ids';
import type { ElementEntry } from '../../../shared/types/record';
import { useApp } from '../../state/use-app';
import { CompliancePanel } from '../compliance/CompliancePanel';
import { StagePages } from '../organisation/StagePages';
import { StageTabs } from '../organisation/StageTabs';
import { CriteriaNav } from './CriteriaNav';
import { ElementCard } from './ElementCard';
import { FilterBar } from './FilterBar';
import { SignOffBar } from '../signoff/SignOffBar';
import { useFocusRequest } from './use-focus-request';
import { entryVisible } from './workbook-filter';

interface Props {
  readonly organisationId: OrganisationId;
  readonly stageId: StageId;
}

/** The workbook of one stage: criteria → sub-criteria → elements, with live compliance. */
export function WorkbookScreen({ organisationId, stageId }: Props): ReactElement {
  const { record, recordError, filters, profileId } = useApp(
    useShallow((s) => ({
      record: s.record,
      recordError: s.recordError,
      filters: s.filters,
      profileId: s.profileId,
    })),
  );
  const { openRecord, editEntry, setProfile } = useApp(
    useShallow((s) => ({
      openRecord: s.openRecord,
      editEntry: s.editEntry,
      setProfile: s.setProfile,
    })),
  );
  useEffect(() => {
    void openRecord(organisationId);
  }, [openRecord, organisationId]);
  useFocusRequest();

  const stage =
    record?.organisation.id === organisationId
      ? record.stages.find((s) => s.id === stageId)
      : undefined;
  const catalogue = stage ? findCatalogue(stage.catalogueId) : undefined;
  const entries = useMemo(
    () => new Map<ElementId, ElementEntry>((stage?.entries ?? []).map((e) => [e.element, e])),
    [stage],
  );

  if (recordError)
    return (
      <p role="alert" className="empty">
        {recordError}
      </p>
    );
  if (!record || record.organisation.id !== organisationId)
    return <p className="empty">Loading…</p>;
  if (!stage || !catalogue)
    return (
      <p role="alert" className="empty">
        This stage does not exist in {record.organisation.name}.
      </p>
    );
  const profile = findProfile(profileId) ?? DEFAULT_PROFILE;
  let shownCount = 0;

  return (
    <>
      <StageTabs record={record} current={stage.id} />
      <StagePages organisationId={organisationId} stage={stage} page="workbook" />
      <SignOffBar stage={stage} />
      <FilterBar />
      <div className="workbook">
        <CriteriaNav catalogue={catalogue} entries={entries} />
        <div aria-label="Elements" role="region">
          {catalogue.criteria.map((criterion) => {
            const subs = criterion.subCriteria.map((sub) => {
              const cards = sub.elements.flatMap((element) => {
                const entry = entries.get(element.id);
                if (!entry || !entryVisible(entry, filters)) return [];
                shownCount += 1;
                return [
                  <ElementCard
                    key={element.id}
                    element={element}
                    entry={entry}
                    organisationId={organisationId}
                    stageId={stage.id}
                    readOnly={stage.signOff !== undefined}
                    onEdit={editEntry}
                  />,
                ];
              });
              return cards.length === 0 ? null : (
                <Fragment key={sub.id}>
                  <h3 className="sub-heading" id={`sub-${sub.id.replace('.', '-')}`}>
                    {sub.id} {sub.name}
                  </h3>
                  {cards}
                </Fragment>
              );
            });
            if (subs.every((s) => s === null)) return null;
            return (
              <section key={criterion.number} aria-labelledby={`crit-${criterion.number}`}>
                <h2 className="criterion-heading" id={`crit-${criterion.number}`}>
                  Criterion {criterion.number} — {criterion.name}
                </h2>
                {subs}
              </section>
            );
          })}
          {shownCount === 0 ? <p className="empty">No element matches the filters.</p> : null}
        </div>
        <CompliancePanel
          stage={stage}
          catalogue={catalogue}
          profile={profile}
          onProfile={setProfile}
        />
      </div>
    </>
  );
}
