import type { ReactElement } from 'react';
import type { PlaceholderValues } from '../../../shared/report/placeholder-values';
import type { ReportModel } from '../../../shared/report/report-model';
import { setFinding, setReportText } from '../../../shared/report/report-edit';
import type { ReportTemplate, TemplateSection } from '../../../shared/report/template';
import { fillPlaceholders } from '../../../shared/report/template';
import { FixedWording } from './FixedWording';
import { PointsSection } from './PointsSection';
import { RecommendationPanel } from './RecommendationPanel';
import { ReportField } from './ReportField';
import { ScoresTable } from './ScoresTable';
import { SitesTable } from './SitesTable';
import type { EditReport } from './use-report';

interface Props {
  readonly section: TemplateSection;
  readonly index: number;
  readonly model: ReportModel;
  readonly template: ReportTemplate;
  readonly values: PlaceholderValues;
  readonly readOnly: boolean;
  readonly onEdit: EditReport;
  readonly onOpenElement: (element: string) => void;
}

/** One section of the report in the template's words: its fixed wording, then its content. */
export function ReportSection(props: Props): ReactElement {
  const { section, index, values } = props;
  const headingId = `rp-section-${index}`;
  const heading = fillPlaceholders(section.heading, values);
  return (
    <section className="panel rp-section" aria-labelledby={headingId} data-section={section.id}>
      <header>
        <h2 id={headingId} className="rp-h2">
          {heading}
        </h2>
      </header>
      <div className="body">
        <FixedWording
          blocks={section.blocks}
          values={values}
          emptyHint={
            section.id === 'key-information' ? "set it on the organisation's details" : undefined
          }
        />
        <SectionContent {...props} heading={heading} />
      </div>
    </section>
  );
}

function SectionContent({
  section,
  model,
  template,
  values,
  readOnly,
  onEdit,
  onOpenElement,
  heading,
}: Props & { readonly heading: string }): ReactElement | null {
  const report = model.stage.report;
  const stageId = model.stage.id;
  const settings = template.settings;
  switch (section.id) {
    case 'introduction':
    case 'strengths':
    case 'methodology': {
      const id = section.id;
      return (
        <>
          <ReportField
            id={`report-${id}`}
            label={`${heading} — your text`}
            value={report[id]}
            readOnly={readOnly}
            onValue={(text) => onEdit(stageId, (r) => setReportText(r, id, text))}
          />
          {id === 'methodology' ? (
            <SitesTable
              stageId={stageId}
              rows={report.sites}
              columns={settings['methodology-columns']}
              readOnly={readOnly}
              onEdit={onEdit}
            />
          ) : null}
        </>
      );
    }
    case 'findings':
      return (
        <div className="rp-findings">
          {model.findings.map((f) => (
            <ReportField
              key={f.criterion}
              id={`report-finding-${f.criterion}`}
              label={`${f.criterion} ${f.name}`}
              value={f.text}
              readOnly={readOnly}
              rows={3}
              onValue={(text) => onEdit(stageId, (r) => setFinding(r, f.criterion, text))}
            />
          ))}
        </div>
      );
    case 'development-points':
      return (
        <PointsSection
          model={model}
          settings={settings}
          readOnly={readOnly}
          onEdit={onEdit}
          onOpenElement={onOpenElement}
        />
      );
    case 'compliance-plus':
      return (
        <CompliancePlusList
          model={model}
          onOpenElement={onOpenElement}
          columns={settings['compliance-plus-columns']}
        />
      );
    case 'scores':
      return <ScoresTable score={model.score} columns={settings['score-columns']} />;
    case 'recommendation':
      return (
        <RecommendationPanel
          stageId={stageId}
          view={model.recommendation}
          template={template}
          values={values}
          readOnly={readOnly}
          onEdit={onEdit}
        />
      );
    default:
      return null;
  }
}

/** The Compliance Plus elements with their justifications, from the workbook (edited there). */
function CompliancePlusList({
  model,
  columns,
  onOpenElement,
}: {
  readonly model: ReportModel;
  readonly columns: readonly string[];
  readonly onOpenElement: (element: string) => void;
}): ReactElement {
  if (model.compliancePlus.length === 0) {
    return <p className="muted">No element has a final mark of CP at this stage.</p>;
  }
  return (
    <table className="rp-table">
      <caption className="sr-only">Compliance Plus elements and their justifications</caption>
      <thead>
        <tr>
          <th scope="col">{columns[0]}</th>
          <th scope="col">{columns[1]}</th>
        </tr>
      </thead>
      <tbody>
        {model.compliancePlus.map((cp) => (
          <tr key={cp.element}>
            <th scope="row">
              {cp.element}
              <span className="rp-statement">{cp.statement}</span>
            </th>
            <td id={`report-cp-${cp.element}`} tabIndex={-1}>
              {cp.justification === '' ? (
                <span className="rp-missing">Not written</span>
              ) : (
                cp.justification
              )}{' '}
              <button type="button" className="rp-link" onClick={() => onOpenElement(cp.element)}>
                Edit in the workbook
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
