// Names of the organisation, its teams and units ("Customer Insight Team", "Performance
// Excellence", "Brackenford Borough Council") found in a document, so that their words are not
// taken as evidence: a team called "Customer Insight" says nothing about customer insight.
// Names are recognised by their shape, never from a list of organisations: a run of capitalised
// words ending in a word such as Team, Unit, Directorate or Council; "the X team"; the name
// after "Owner:", "Prepared by:" and the like; and then every other capitalised occurrence of
// a name's words (two or more) found that way.

/** Last words that make a capitalised run the name of a team or an organisation. */
const NAME_HEADS: ReadonlySet<string> = new Set(
  (
    'team teams unit department dept directorate division office services programme council trust ' +
    'university college association police constabulary authority agency centre ltd limited ' +
    'plc foundation society company institute commission'
  ).split(' '),
);

/** Small words allowed inside a name ("Fire and Rescue", "Office of the …"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', '&', 'in', 'on']);

/** Labels after which a document names who owns or wrote it. */
const AGENT_LABEL =
  /\b(?:owner|author|prepared by|produced by|maintained by|written by|supported by|contact|lead officer|department|team|service area|directorate)\s*:[ \t]*$/i;

/** The standard's own name, which every client document repeats. */
const ALWAYS: readonly string[] = ['customer service excellence'];

interface Token {
  readonly word: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly capital: boolean;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[a-z][a-z'’]*|&/gi)) {
    const word = m[0];
    out.push({
      word,
      lower: word.toLowerCase(),
      start: m.index,
      end: m.index + word.length,
      capital: /^[A-Z]/.test(word),
    });
  }
  return out;
}

/** Only spaces (or a hyphen between words) between two tokens: they can be one name. */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \t]*(?:-[ \t]*)?$/.test(gap) && gap.length > 0;
}

/** Words that may start a sentence before a name but are not part of it. */
const LEADING: ReadonlySet<string> = new Set(
  'the a an our your this that each every all any their its contact ask call'.split(' '),
);

/** Maximal runs of capitalised words, joined by small words, on one line: token index ranges. */
function capitalRuns(text: string, list: readonly Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let from = -1;
  let to = -1;
  const close = (): void => {
    while (to > from && !(list[to - 1] as Token).capital) to -= 1;
    while (from < to && LEADING.has((list[from] as Token).lower)) from += 1;
    if (from >= 0 && to > from) runs.push([from, to]);
    from = -1;
    to = -1;
  };
  list.forEach((t, i) => {
    const fits = from >= 0 && joined(text, list[i - 1] as Token, t);
    if (t.capital || (JOINERS.has(t.lower) && fits)) {
      if (from >= 0 && !fits) close();
      if (from < 0 && t.capital) from = i;
      if (from >= 0) to = i + 1;
    } else close();
  });
  close();
  return runs;
}

const key = (words: readonly Token[]): string => words.map((w) => w.lower).join(' ');

/** The names found in a document's texts. */
export interface Names {
  /** Lower-case word sequences ("customer insight team", "performance excellence"). */
  readonly phrases: ReadonlySet<string>;
  /** The first word of each of them. */
  readonly firstWords: ReadonlySet<string>;
}

/** Adds a name and, for a name of three words or more, its words without the head. */
function addName(phrases: Set<string>, words: readonly Token[], head: boolean): void {
  if (words.length < 2) return;
  phrases.add(key(words));
  if (head && words.length >= 3) phrases.add(key(words.slice(0, -1)));
}

/** Finds the names of the organisation and its teams in the texts of one document. */
export function findNames(texts: readonly string[]): Names {
  const phrases = new Set<string>(ALWAYS);
  for (const text of texts) {
    const list = tokens(text);
    for (const [from, to] of capitalRuns(text, list)) {
      const run = list.slice(from, to);
      const first = run[0] as Token;
      const last = run[run.length - 1] as Token;
      const next = list[to];
      const lineStart = text.lastIndexOf('\n', first.start) + 1;
      const before = text.slice(Math.max(lineStart, first.start - 40), first.start);
      if (NAME_HEADS.has(last.lower)) addName(phrases, run, true);
      else if (next && !next.capital && NAME_HEADS.has(next.lower) && joined(text, last, next)) {
        addName(phrases, [...run, next], true);
        addName(phrases, run, false);
      } else if (AGENT_LABEL.test(before)) addName(phrases, run, false);
    }
  }
  return { phrases, firstWords: new Set([...phrases].map((p) => p.split(' ')[0] ?? '')) };
}

/**
 * `text` with every occurrence of a name blanked out (its characters replaced by spaces, so
 * that offsets stay the same). Whole names are blanked wherever they are; a name's words
 * without its head only where they are capitalised as a name.
 */
export function maskNames(text: string, names: Names): string {
  if (names.phrases.size === 0) return text;
  const list = tokens(text);
  const spans: [number, number][] = [];
  for (let i = 0; i < list.length; i += 1) {
    if (!names.firstWords.has((list[i] as Token).lower)) continue;
    const words: Token[] = [];
    let phrase = '';
    for (let k = i; k < list.length && k < i + 8; k += 1) {
      const t = list[k] as Token;
      if (k > i && !joined(text, list[k - 1] as Token, t)) break;
      words.push(t);
      phrase = phrase === '' ? t.lower : `${phrase} ${t.lower}`;
      if (!names.phrases.has(phrase)) continue;
      const first = words[0] as Token;
      const named = words.every(
        (w) => w.capital || JOINERS.has(w.lower) || NAME_HEADS.has(w.lower),
      );
      if (named || ALWAYS.includes(phrase)) spans.push([first.start, t.end]);
    }
  }
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const [from, to] of spans) for (let c = from; c < to; c += 1) chars[c] = ' ';
  return chars.join('');
}
