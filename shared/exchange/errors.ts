import type { $ZodIssue } from 'zod/v4/core';

/** One thing wrong with an exchange file: where, what, and what was expected there. */
export interface ExchangeError {
  /** JSON path into the file, e.g. `$.stages[0].entries[3].dtrMark`; `$` is the whole file. */
  readonly path: string;
  /** What is wrong, in words. */
  readonly problem: string;
  /** What would be accepted there, where that can be said. */
  readonly expected?: string;
}

/** `$.a[0].b` from `['a', 0, 'b']`; keys that are not plain names are quoted. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const name = String(key);
    return /^[A-Z_$][\w$]*$/i.test(name) ? `${acc}.${name}` : `${acc}[${JSON.stringify(name)}]`;
  }, '$');
}

/** A short, safe rendering of a value found in a file (long strings are cut for display only). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `the text ${JSON.stringify(shown)}${value.length > 60 ? ` (${value.length} characters)` : ''}`;
  }
  return `${typeof value} ${String(value)}`;
}

function listValues(values: readonly unknown[]): string {
  const shown = values.map((v) => (v === null ? 'null' : JSON.stringify(v)));
  if (shown.length <= 1) return shown.join('');
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** Turns a zod issue into our wording. Paths are relative to `base`. */
export function fromZodIssue(issue: $ZodIssue, base: readonly PropertyKey[] = []): ExchangeError[] {
  const path = jsonPath([...base, ...issue.path]);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          path,
          problem: input === undefined ? 'missing' : `found ${describeValue(input)}`,
          expected: issue.expected === 'int' ? 'a whole number' : `${article(issue.expected)}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path,
          problem: `found ${describeValue(input)}`,
          expected: customOr(issue.message, listValues(issue.values)),
        },
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: jsonPath([...base, ...issue.path, key]),
        problem: 'unknown field',
        expected: 'only the fields listed in docs/exchange-format.md',
      }));
    case 'too_big':
      return [
        {
          path,
          problem: tooBigProblem(input),
          expected: `at most ${String(issue.maximum)}${unit(issue.origin)}`,
        },
      ];
    case 'too_small':
      return [
        {
          path,
          problem: `found ${describeValue(input)}`,
          expected: `at least ${String(issue.minimum)}${unit(issue.origin)}`,
        },
      ];
    case 'invalid_format':
      return [
        {
          path,
          problem: `found ${describeValue(input)}`,
          expected: customOr(issue.message, `text in ${issue.format} format`),
        },
      ];
    case 'custom': {
      const expected = (issue.params as { expected?: unknown } | undefined)?.expected;
      return [
        { path, problem: issue.message, ...(typeof expected === 'string' ? { expected } : {}) },
      ];
    }
    case 'invalid_union':
      return [{ path, problem: `found ${describeValue(input)}`, expected: issue.message }];
    default:
      return [{ path, problem: issue.message }];
  }
}

/** Our schema's own messages say what is expected; zod's defaults all start "Invalid". */
function customOr(message: string, fallback: string): string {
  return message.startsWith('Invalid') ? fallback : message;
}

function tooBigProblem(input: unknown): string {
  if (typeof input === 'string') return `text of ${input.length} characters`;
  if (Array.isArray(input)) return `a list of ${input.length}`;
  return `found ${describeValue(input)}`;
}

function unit(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array') return ' items';
  return '';
}

function article(type: string): string {
  if (type === 'object' || type === 'array') return type === 'array' ? 'a list' : 'an object';
  if (type === 'null') return 'null';
  return `a ${type}`;
}

/** One line per error: `$.stages[0].visitDays: found the text "two" — expected a number`. */
export function formatExchangeError(error: ExchangeError): string {
  return `${error.path}: ${error.problem}${error.expected ? ` — expected ${error.expected}` : ''}`;
}
