import { useRef } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import type { MaybeMark } from '../../shared/types/marks';
import { MARK_NAMES, MARKS } from '../../shared/types/marks';

const OPTIONS: readonly MaybeMark[] = [...MARKS, null];

/** Single keys that set a mark while the picker has focus. */
const KEY_MARKS: Readonly<Record<string, MaybeMark>> = {
  c: 'CP',
  f: 'F',
  p: 'P',
  n: 'NC',
  Delete: null,
  Backspace: null,
  '0': null,
  '-': null,
};

interface Props {
  readonly label: string;
  readonly value: MaybeMark;
  readonly onChange: (mark: MaybeMark) => void;
  readonly id?: string;
}

/**
 * A radio group of CP / F / P / NC / none. Keyboard: Tab focuses the chosen mark; C, F, P, N set
 * CP, F, P, NC; Delete, Backspace, 0 or - clear it; arrow keys move between marks.
 */
export function MarkPicker({ label, value, onChange, id }: Props): ReactElement {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.max(0, OPTIONS.indexOf(value));

  function choose(mark: MaybeMark): void {
    if (mark !== value) onChange(mark);
    refs.current[OPTIONS.indexOf(mark)]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key in KEY_MARKS) {
      event.preventDefault();
      choose(KEY_MARKS[key] ?? null);
      return;
    }
    const step =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? 1
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? -1
          : 0;
    if (step !== 0) {
      event.preventDefault();
      const next = OPTIONS[(current + step + OPTIONS.length) % OPTIONS.length] ?? null;
      choose(next);
    }
  }

  return (
    <div className="field">
      <span className="label" id={id ? `${id}-label` : undefined}>
        {label}
      </span>
      <div
        role="radiogroup"
        aria-label={label}
        className="mark-picker"
        onKeyDown={onKeyDown}
        data-mark-picker=""
      >
        {OPTIONS.map((mark, i) => (
          <button
            key={mark ?? 'none'}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="radio"
            aria-checked={mark === value}
            tabIndex={i === current ? 0 : -1}
            className={mark === null ? 'mark-none' : `m-${mark}`}
            title={
              mark === null
                ? 'No mark yet (Delete)'
                : `${MARK_NAMES[mark]} (${mark === 'NC' ? 'N' : mark[0]})`
            }
            aria-label={mark === null ? 'No mark' : MARK_NAMES[mark]}
            onClick={() => choose(mark)}
          >
            {mark ?? '–'}
          </button>
        ))}
      </div>
    </div>
  );
}
