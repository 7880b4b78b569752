import { useState } from 'react';
import type { ReactElement } from 'react';
import type { ReportGap } from '../../../shared/report/check';
import type { StageId } from '../../../shared/types/ids';
import { useApp } from '../../state/use-app';
import type { ExportKind } from '../../services/exports/export-kinds';

interface Props {
  readonly stageId: StageId;
  readonly gaps: readonly ReportGap[];
  /** Opens the place a gap outside the report is filled (organisation details, workbook). */
  readonly onGapElsewhere: (gap: ReportGap) => void;
}

const EXPORTS: readonly { readonly kind: ExportKind; readonly label: string }[] = [
  { kind: 'pdf-assessment-report', label: 'Export PDF' },
  { kind: 'docx-assessment-report', label: 'Export Word' },
];

/** Gaps grouped under their section's heading, in the order they come. */
function bySection(gaps: readonly ReportGap[]): [string, ReportGap[]][] {
  const groups = new Map<string, ReportGap[]>();
  for (const gap of gaps) groups.set(gap.heading, [...(groups.get(gap.heading) ?? []), gap]);
  return [...groups];
}

/** Moves focus to the field of a gap on this screen; false when it is not here. */
function focusField(field: string): boolean {
  const target = document.getElementById(`report-${field}`);
  if (!target) return false;
  target.scrollIntoView({ block: 'center' });
  target.focus();
  return true;
}

/**
 * The check before export: what is still empty, each a link to its field, and the exports. With
 * gaps an export asks first, and "Export anyway" makes it as it stands.
 */
export function ReportCheck({ stageId, gaps, onGapElsewhere }: Props): ReactElement {
  const exportStage = useApp((s) => s.exportStage);
  const busy = useApp((s) => s.busy);
  const [asked, setAsked] = useState<ExportKind | null>(null);
  const run = (kind: ExportKind, force: boolean): void => {
    setAsked(null);
    void exportStage(kind, stageId, { force });
  };
  return (
    <aside className="panel rp-check" aria-labelledby="rp-check-title">
      <header>
        <h2 id="rp-check-title" className="rp-h2">
          Before export
        </h2>
      </header>
      <div className="body">
        {gaps.length === 0 ? (
          <p className="rp-ready">Nothing is empty: the report is ready to export.</p>
        ) : (
          <>
            <p>Still empty ({gaps.length}):</p>
            {bySection(gaps).map(([heading, items]) => (
              <div key={heading} className="rp-gap-group">
                <h3 className="rp-h4">{heading}</h3>
                <ul className="rp-gaps">
                  {items.map((gap, i) => (
                    <li key={i}>
                      <button
                        type="button"
                        className="rp-link"
                        onClick={() => {
                          if (!focusField(gap.field)) onGapElsewhere(gap);
                        }}
                      >
                        {gap.what}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
        <div className="rp-export">
          {EXPORTS.map(({ kind, label }) => (
            <button
              key={kind}
              type="button"
              className="btn"
              disabled={busy !== null}
              onClick={() => (gaps.length === 0 ? run(kind, false) : setAsked(kind))}
            >
              {label}
            </button>
          ))}
        </div>
        {asked ? (
          <div className="rp-confirm" role="alert">
            <p>
              {gaps.length} thing{gaps.length === 1 ? ' is' : 's are'} still empty; the report will
              print them as not written.
            </p>
            <button type="button" className="btn primary small" onClick={() => run(asked, true)}>
              Export anyway
            </button>{' '}
            <button type="button" className="btn small" onClick={() => setAsked(null)}>
              Cancel
            </button>
          </div>
        ) : null}
      </div>
    </aside>
  );
}
