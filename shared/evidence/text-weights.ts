// How much each part of a document counts for its suggested elements, as an assessor reads it:
// the title and headings say what the document is about; running headers and footers, page
// numbers, document-control lines (owner, version, review date), revision tables, contents
// pages and web-page menus say nothing; names of the organisation and its teams are blanked.
import type { Names } from './names';
import { findNames, maskNames } from './names';
import { stripMarkup } from './markup';
import type { Passage } from './types';

/** A piece of a document's text and how much its terms count. */
export interface WeightedText {
  readonly text: string;
  readonly weight: number;
  /** The passage it comes from, or null for the title and headings. */
  readonly passage: number | null;
  /** Whether it is the document's title (at most one part is). */
  readonly title?: true;
}

/** Weights of a document's parts (a body line counts 1). */
export const PART_WEIGHT = {
  title: 3,
  heading: 1.5,
  body: 1,
  /** A line of short link-like items ("Home | Bins | Council Tax | Contact us"). */
  menu: 0.1,
  boilerplate: 0,
} as const;

/** Headings whose section is document control, not content. */
const CONTROL_SECTION =
  /^(?:[\d.]+\s*)?(?:contents|table of contents|document (?:control|history|information|details)|version (?:control|history)|revision history|change (?:history|log)|amendment (?:history|record)|distribution)$/i;

/** Headings too general to be a document's title. */
const GENERIC_TITLE =
  /^(?:[\d.]+\s*)?(?:contents|introduction|purpose|summary|background|foreword|welcome|overview|about(?: us| this \w+)?)$/i;

/** Labels of document-control lines ("Owner: …", "Version 3 | 2015", "Review date | June"). */
const CONTROL_LABEL =
  /^(?:(?:document|policy|procedure|sop|report|paper|agenda|leaflet)\s+)?(?:owner|authors?|version|approved(?: by)?|ratified(?: by)?|review(?: date)?|next review|last (?:reviewed|updated)|reviewed|date (?:approved|issued|completed|of issue)|issued|effective|reference|ref|sop (?:number|ref)|policy number|status|classification|protective marking|prepared by|maintained by|produced by|written by|circulation|distribution|target audience|applies to|equality (?:impact|analysis)(?: assessed)?|eia(?: reference)?|printed|signed(?: by)?|signature|report of|report to|page owner|executive lead|wards affected|file ref)\b[^\n]{0,8}?[:|]/i;

function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (CONTROL_LABEL.test(t)) return true;
  const lower = t.toLowerCase();
  if (/\bpage \d+(?: of \d+)?\b/.test(lower) && t.length < 200) return true;
  if (/^(?:--- )?page \d+/.test(lower) || /^[-=_*. ]{3,}$/.test(t) || /^\d{1,4}$/.test(t))
    return true;
  if (
    /uncontrolled (?:when|if) printed|printed copies are uncontrolled|not for circulation|official[- ]sensitive|^official$|^confidential$|all rights reserved|^©|copyright ©/.test(
      lower,
    )
  ) {
    return true;
  }
  if (t.includes('....') && /\d$/.test(t)) return true;
  // A revision table row: "1.1 | Sep 2013 | Contact details updated | …".
  return /^v?\d{1,2}(?:\.\d{1,2})?\s*\|\s*[^|]{0,20}\d{2,4}\s*\|/i.test(t);
}

/** "Home | Bins and recycling | Council Tax | Contact us": four or more short items, no figures. */
function isMenuLine(line: string): boolean {
  const items = line.split(/[|·•]/);
  if (items.length < 4 || /\d/.test(line)) return false;
  return items.every((item) => item.trim().split(/\s+/).length <= 4);
}

/** A line as compared across pages: lower case, figures as #, spaces collapsed. */
function lineKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

/**
 * Lines that repeat on several pages (running headers and footers) or, in a document without
 * pages, three times or more.
 */
function repeatedLines(passages: readonly Passage[]): Set<string> {
  const places = new Map<string, Set<string>>();
  for (const p of passages) {
    for (const line of p.text.split('\n')) {
      const k = lineKey(line);
      if (k.length < 4 || k.length > 200) continue;
      const where = places.get(k) ?? new Set<string>();
      where.add(p.page === null ? String(p.index) : `p${p.page}`);
      places.set(k, where);
    }
  }
  const pages = new Set(passages.map((p) => p.page)).size;
  const repeated = new Set<string>();
  for (const [k, where] of places) {
    const onPages = [...where].every((w) => w.startsWith('p'));
    if (where.size >= 3 || (onPages && pages >= 2 && where.size >= 2)) repeated.add(k);
  }
  return repeated;
}

/** Words that name a kind of document: a line holding one is more likely the title. */
const DOCUMENT_KIND =
  /\b(?:policy|procedure|sop|report|review|strategy|plan|minutes|notes|survey|charter|promise|agreement|memorandum|leaflet|guidance|guide|framework|standards?|handbook|form|checklist|record|log|profile|assessment|evaluation|summary|terms of reference|newsletter|account|prices|charges)\b/i;

/** A line short enough to be a title, with no sentence end. */
function titleLike(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 120 && t.split(/\s+/).length <= 15 && !/[.;:,]$/.test(t);
}

/**
 * The document's title: its first heading that is not a general one ("Contents"), or, when
 * content comes before any heading (a Word title, a text file's opening lines), the first of its
 * first three lines (those `skipLine` does not leave out) that is short and unpunctuated. A
 * letterhead ("SEVERN VALE SHARED SERVICES") gives way to a next line that names a kind of
 * document ("… Policy", "… Report", "Minutes of …"), else to a next line of three words or more
 * written as a sentence ("Shaping our libraries: what you told us"), not as a name.
 */
export function documentTitle(
  passages: readonly Passage[],
  skipLine: (line: string) => boolean = () => false,
): string | null {
  const candidates: string[] = [];
  for (const p of passages.slice(0, 6)) {
    if (candidates.length >= 3) break;
    const section = p.section ?? '';
    if (section !== '' && !GENERIC_TITLE.test(section) && !skipLine(section)) {
      if (!candidates.includes(section)) candidates.push(section);
      // A letterhead set as a heading, the title as the first line under it.
      const under = p.text.split('\n').find((line) => !skipLine(line));
      if (candidates.length === 1 && isLetterhead(section) && under && titleLike(under)) {
        if (under.trim() !== section) candidates.push(under.trim());
      }
    } else if (p.section === null) {
      const lines = p.text.split('\n').filter((line) => !skipLine(line));
      candidates.push(
        ...lines
          .slice(0, 3)
          .filter(titleLike)
          .map((line) => line.trim()),
      );
      if (candidates.length === 0 && lines.length > 0) return null;
    }
  }
  const [first, ...next] = candidates.slice(0, 3);
  if (first === undefined) return null;
  if (DOCUMENT_KIND.test(first) || !isLetterhead(first)) return first;
  return (
    next.find((line) => DOCUMENT_KIND.test(line)) ??
    next.find((line) => !isLetterhead(line) && line.split(/\s+/).length >= 3) ??
    first
  );
}

/** "SEVERN VALE SHARED SERVICES", "Millbrook Housing Group": a name at the top of a page. */
function isLetterhead(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => /[a-z]/i.test(w));
  return words.length <= 6 && words.every((w) => /^[A-Z&]/.test(w));
}

/**
 * The weighted texts of a document: its title (once, ×3), each distinct heading (once, ×1.5)
 * and every line of every passage with its weight, names of the organisation and its teams
 * blanked. HTML left in a stored passage is removed first.
 */
export function weighDocument(passages: readonly Passage[]): WeightedText[] {
  const clean = passages.map((p) => ({
    ...p,
    text: stripMarkup(p.text),
    section: p.section === null ? null : stripMarkup(p.section),
  }));
  const names: Names = findNames(clean.map((p) => p.text));
  const repeated = repeatedLines(clean);
  // A line that is only the organisation's name ("FENWICK COLLEGE") is not the title.
  const skip = (line: string): boolean =>
    isBoilerplateLine(line) ||
    repeated.has(lineKey(line)) ||
    isMenuLine(line) ||
    maskNames(line, names).replace(/[^a-z]/gi, '').length < 3;
  const title = documentTitle(clean, skip);
  const parts: WeightedText[] = [];
  const headings = new Set<string>();
  for (const p of clean) {
    if (p.section !== null && p.section !== title && !headings.has(p.section)) {
      headings.add(p.section);
      // A heading that is a document-control line ("Owner: Performance Excellence") says
      // nothing; a heading naming a team has the name blanked like any other line.
      const control = isBoilerplateLine(p.section) || repeated.has(lineKey(p.section));
      if (!CONTROL_SECTION.test(p.section) && !control) {
        parts.push({
          text: maskNames(p.section, names),
          weight: PART_WEIGHT.heading,
          passage: null,
        });
      }
    }
    const control = p.section !== null && CONTROL_SECTION.test(p.section);
    if (p.text.trim() === p.section) continue;
    for (const line of p.text.split('\n')) {
      if (line.trim() === title) continue;
      const weight =
        control || isBoilerplateLine(line) || repeated.has(lineKey(line))
          ? PART_WEIGHT.boilerplate
          : isMenuLine(line)
            ? PART_WEIGHT.menu
            : PART_WEIGHT.body;
      if (weight > 0) parts.push({ text: maskNames(line, names), weight, passage: p.index });
    }
  }
  if (title !== null) {
    parts.unshift({ text: title, weight: PART_WEIGHT.title, passage: null, title: true });
  }
  return parts;
}
