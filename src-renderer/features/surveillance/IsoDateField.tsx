import type { ReactElement } from 'react';
import type { IsoDate } from '../../../shared/types/dates';
import { useParsedInput } from '../../components/use-parsed-input';
import { formatSingleDate, parseSingleDate } from './date-input';

interface Props {
  readonly id: string;
  readonly label: string;
  readonly value: IsoDate | null;
  readonly onChange: (value: IsoDate | null) => void;
  /** Keeps the label for screen readers only (inside tables whose header says it). */
  readonly hideLabel?: boolean;
  readonly disabled?: boolean;
  readonly placeholder?: string;
}

/**
 * One day typed as the record writes dates ("11 March 2026", "11/03/2026"). Text that is not a
 * date stays in the field with the reason and nothing is stored until it is one.
 */
export function IsoDateField({
  id,
  label,
  value,
  onChange,
  hideLabel = false,
  disabled = false,
  placeholder = 'e.g. 11 March 2026',
}: Props): ReactElement {
  const { text, setText, problem, commit } = useParsedInput({
    value,
    format: formatSingleDate,
    parse: parseSingleDate,
    same: (a, b) => a === b,
    onChange,
  });

  return (
    <div className="field sv-date">
      <label htmlFor={id} className={hideLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        value={text}
        disabled={disabled}
        placeholder={placeholder}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {problem ? (
        <span className="problem" id={`${id}-problem`} role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
