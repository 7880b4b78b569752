import type { ReactElement } from 'react';
import type { CycleDate } from '../../../shared/records/record-facts';
import {
  PLANNED_DATE_KINDS,
  categoriesAfterStages,
  cycleDates,
  plannedDatesCycle,
} from '../../../shared/records/record-facts';
import { stageTitle } from '../../../shared/records/select-stage';
import { DEFAULT_PROFILE, findProfile } from '../../../shared/scoring/profiles';
import type { AssessmentRecord } from '../../../shared/types/record';
import {
  PLANNED_DATE_FIELDS,
  PLANNED_DATE_NAMES,
  STAGE_KIND_NAMES,
} from '../../../shared/types/record';
import { useApp } from '../../state/use-app';
import { KeyDateField } from './KeyDateField';

/** What the exports print for one cycle date, and why, in a sentence. */
function printedText(date: CycleDate, record: AssessmentRecord): string {
  const kind = PLANNED_DATE_KINDS[date.field];
  const cycle = kind === 'reassessment' ? date.cycle + 1 : date.cycle;
  const stage = record.stages.find((s) => s.kind === kind && s.cycle === cycle);
  switch (date.source) {
    case 'stage':
      return `Exports print ${date.value}: the visit date of ${stage ? stageTitle(stage) : STAGE_KIND_NAMES[kind]}, which wins over the planned date.`;
    case 'planned':
      return `Exports print ${date.value} (planned).`;
    case 'none':
      return 'Exports print TBC until a date is set.';
  }
}

/**
 * The planned dates of the cycle's next stages (entered before those stages exist; "TBC" until
 * set), each with what every export prints for it, and the surveillance category after each
 * stage side by side.
 */
export function CycleDatesPanel({ record }: { readonly record: AssessmentRecord }): ReactElement {
  const editOrganisation = useApp((s) => s.editOrganisation);
  const profileId = useApp((s) => s.profileId);
  const org = record.organisation;
  const cycle = plannedDatesCycle(record);
  const printed = new Map(cycleDates(record, cycle).map((d) => [d.field, d] as const));
  const earlier = [...new Set(record.stages.map((s) => s.cycle))]
    .filter((c) => c < cycle)
    .sort((a, b) => a - b);
  const categories = categoriesAfterStages(record, findProfile(profileId) ?? DEFAULT_PROFILE);
  return (
    <section className="panel" style={{ marginTop: 14 }} aria-labelledby="cycle-dates-title">
      <header>
        <h2 id="cycle-dates-title" style={{ fontSize: 16 }}>
          Surveillance and recertification dates
        </h2>
        <span className="muted">cycle {cycle}</span>
      </header>
      <div className="body">
        <p className="hint" style={{ marginTop: 0 }}>
          Planned dates, entered before those stages exist (“TBC” until set). Once a stage has a
          visit date of its own, that date is what the record prints.
        </p>
        <div className="dates-grid">
          {PLANNED_DATE_FIELDS.map((field) => {
            const date = printed.get(field);
            return (
              <KeyDateField
                key={field}
                id={`planned-${field}`}
                label={`${PLANNED_DATE_NAMES[field]} (planned)`}
                value={org.plannedDates[field]}
                hint={date ? printedText(date, record) : undefined}
                onChange={(value) =>
                  editOrganisation({ plannedDates: { ...org.plannedDates, [field]: value } })
                }
              />
            );
          })}
        </div>
        {earlier.map((c) => (
          <p key={c} className="hint" data-testid={`cycle-${c}-dates`}>
            Cycle {c} prints (from its stages’ visit dates):{' '}
            {cycleDates(record, c)
              .map((d) => `${d.label.replace(/ \(cycle \d+\)$/, '')} ${d.value}`)
              .join(' · ')}
          </p>
        ))}
        {categories.length > 0 ? (
          <table className="grid" data-testid="categories" style={{ marginTop: 12 }}>
            <caption style={{ textAlign: 'left', fontWeight: 600, paddingBottom: 4 }}>
              Surveillance category after each stage
            </caption>
            <thead>
              <tr>
                {categories.map((c) => (
                  <th key={c.stageId} scope="col">
                    {c.stageTitle}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                {categories.map((c) => (
                  <td key={c.stageId} data-category={c.decided ?? 'undecided'}>
                    {c.text}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        ) : null}
        {categories.some((c) => c.decided === null) ? (
          <p className="hint">
            Decide a category on <a href={`#/org/${org.id}/plan`}>Plan &amp; development points</a>;
            the exports print a suggestion only as “Not decided”.
          </p>
        ) : null}
      </div>
    </section>
  );
}
