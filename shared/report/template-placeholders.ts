import type { PlaceholderName } from './template-words';
import { PLACEHOLDER_NAMES, isPlaceholderName } from './template-words';

/** `{{placeholders}}` of the report template: finding them, checking them, filling them in. */

/** One line's problem, as template.ts reports it. */
interface LineProblem {
  readonly line: number;
  readonly problem: string;
}

/** `{{ name }}`: the name is what lies between the braces, trimmed (linear: no nested quantifiers). */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The edit distance of two short names, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** `; did you mean "x"?` for the known name nearest to `name`, or "" when none is near. */
export function didYouMean(name: string, known: readonly string[]): string {
  const typed = name.toLowerCase();
  const near = known
    .map((k) => [k, typed.length >= 4 && k.startsWith(typed) ? 1 : distance(typed, k)] as const)
    .filter(([, d]) => d <= 3)
    .sort((x, y) => x[1] - y[1])[0];
  return near ? `; did you mean "${near[0]}"?` : '';
}

/** The problems of the placeholders in one line of text (unknown, unclosed, not allowed). */
export function placeholderProblems(text: string, line: number, literal: boolean): LineProblem[] {
  const problems: LineProblem[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = (match[1] ?? '').trim();
    if (literal) {
      problems.push({ line, problem: `{{${name}}}: this setting cannot hold placeholders` });
    } else if (!isPlaceholderName(name)) {
      problems.push({
        line,
        problem: `unknown placeholder {{${name}}}${didYouMean(name, PLACEHOLDER_NAMES)} (docs/report-template.md lists them)`,
      });
    }
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) {
    problems.push({ line, problem: 'a "{{" without its "}}" (or the other way round)' });
  }
  return problems;
}

/** The placeholders a piece of text uses, for checks and for tests. */
export function placeholdersIn(text: string): PlaceholderName[] {
  return [...text.matchAll(PLACEHOLDER)]
    .map((m) => (m[1] ?? '').trim())
    .filter((n): n is PlaceholderName => isPlaceholderName(n));
}

/** Replaces every placeholder in `text` by its value (templates were checked on reading). */
export function fillPlaceholders(
  text: string,
  values: Readonly<Record<PlaceholderName, string>>,
): string {
  return text.replace(PLACEHOLDER, (whole, inner: string) => {
    const name = inner.trim();
    return isPlaceholderName(name) ? values[name] : whole;
  });
}
