import { useId } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { countWords } from '../../../shared/report/check';
import { AutoTextArea } from '../../components/AutoTextArea';

interface Props {
  /** The field's id: `report-<field>` of the pre-export check, so a gap can focus it. */
  readonly id: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onValue: (text: string) => void;
  readonly readOnly: boolean;
  readonly placeholder?: string;
  /** A line under the label: where the text comes from, and its action. */
  readonly status?: ReactNode;
  readonly rows?: number;
}

/** One text of the report with its word count; the count is part of the field's description. */
export function ReportField({
  id,
  label,
  value,
  onValue,
  readOnly,
  placeholder,
  status,
  rows = 4,
}: Props): ReactElement {
  const countId = useId();
  const statusId = useId();
  const words = countWords(value);
  return (
    <div className="field rp-field">
      <div className="rp-field-head">
        <label htmlFor={id}>{label}</label>
        <span className="rp-count" id={countId}>
          {words} word{words === 1 ? '' : 's'}
        </span>
      </div>
      {status ? (
        <div className="rp-status" id={statusId}>
          {status}
        </div>
      ) : null}
      <AutoTextArea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        placeholder={placeholder}
        aria-describedby={status ? `${statusId} ${countId}` : countId}
        onValue={onValue}
      />
    </div>
  );
}
