import type { ReactElement } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../state/use-app';

/** Which template the report follows, and loading, saving or resetting it. */
export function TemplateBar(): ReactElement {
  const { template, note, choose, useDefault, saveFile } = useApp(
    useShallow((s) => ({
      template: s.reportTemplate,
      note: s.reportTemplateNote,
      choose: s.chooseReportTemplate,
      useDefault: s.useDefaultReportTemplate,
      saveFile: s.saveReportTemplateFile,
    })),
  );
  return (
    <div className="rp-template" role="group" aria-label="Report template">
      <span>
        Template: <strong>{template?.name ?? '…'}</strong>
        {template?.custom ? <span className="muted"> (the certifying body’s)</span> : null}
      </span>
      <button type="button" className="btn small" onClick={() => void choose()}>
        Load a template…
      </button>
      <button type="button" className="btn small" onClick={() => void saveFile()}>
        Save the template as a file…
      </button>
      {template?.custom ? (
        <button type="button" className="btn small" onClick={() => void useDefault()}>
          Use the default template
        </button>
      ) : null}
      {note ? (
        <p className="rp-template-note" role="alert">
          {note}
        </p>
      ) : null}
    </div>
  );
}
