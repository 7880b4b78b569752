import { useLayoutEffect, useRef } from 'react';
import type { ReactElement, TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly value: string;
  readonly onValue: (value: string) => void;
}

/** A multi-line field that grows with its text, so evidence lists are read without scrolling. */
export function AutoTextArea({ value, onValue, ...rest }: Props): ReactElement {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight + 2, 900)}px`;
    el.style.overflowY = el.scrollHeight > 900 ? 'auto' : 'hidden';
  }, [value]);
  return (
    <textarea
      ref={ref}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      rows={3}
      {...rest}
    />
  );
}
