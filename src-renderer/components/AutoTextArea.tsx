import { useLayoutEffect, useRef } from 'react';
import type { CSSProperties, ReactElement, TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  readonly value: string;
  readonly onValue: (value: string) => void;
}

const MAX_HEIGHT = 900;

/**
 * Where the browser sizes a field to its text itself (CSS `field-sizing`, Chromium 123+, so
 * Electron and Chrome), no script measures it: measuring (`scrollHeight` after `height: auto`)
 * forced a layout of the whole page per field on opening a workbook (171 of them) and on every
 * keystroke (bench/README.md). Other browsers keep the measuring fallback.
 */
const CSS_SIZING = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content');
const CSS_SIZED: CSSProperties = {
  fieldSizing: 'content',
  minHeight: 'calc(3lh + 14px)',
  maxHeight: MAX_HEIGHT,
  overflowY: 'auto',
};

/** A multi-line field that grows with its text, so evidence lists are read without scrolling. */
export function AutoTextArea({ value, onValue, style, ...rest }: Props): ReactElement {
  const ref = useRef<HTMLTextAreaElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || CSS_SIZING) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight + 2, MAX_HEIGHT)}px`;
    el.style.overflowY = el.scrollHeight > MAX_HEIGHT ? 'auto' : 'hidden';
  }, [value]);
  return (
    <textarea
      ref={ref}
      value={value}
      onChange={(e) => onValue(e.target.value)}
      rows={3}
      style={CSS_SIZING ? { ...CSS_SIZED, ...style } : style}
      {...rest}
    />
  );
}
