import { useEffect, useState } from 'react';
import type { Result } from '../../shared/types/result';

export interface ParsedInputOptions<T> {
  readonly value: T;
  readonly format: (value: T) => string;
  readonly parse: (text: string) => Result<T, string>;
  readonly same: (a: T, b: T) => boolean;
  readonly onChange: (value: T) => void;
}

export interface ParsedInput {
  readonly text: string;
  readonly setText: (text: string) => void;
  /** Why the text is not a value yet, or null. */
  readonly problem: string | null;
  /** Parses the text (on blur or Enter): a valid new value is passed on, else the reason shows. */
  readonly commit: () => void;
}

/**
 * A field typed as free text that stands for a value (a date, a span of dates): the text stays
 * as typed, with the reason, until it parses; only then is the value passed on. A new value
 * from outside replaces the text.
 */
export function useParsedInput<T>({
  value,
  format,
  parse,
  same,
  onChange,
}: ParsedInputOptions<T>): ParsedInput {
  const [text, setText] = useState(format(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    setText(format(value));
    setProblem(null);
    // `format` is a pure function of the value; only a new value resets the text.
  }, [value]);

  function commit(): void {
    const parsed = parse(text);
    if (!parsed.ok) {
      setProblem(parsed.errors.join('; '));
      return;
    }
    setProblem(null);
    if (!same(parsed.value, value)) onChange(parsed.value);
    else setText(format(value));
  }

  return { text, setText, problem, commit };
}
