// Blocks of a document (headings and paragraphs, with their pages) grouped into passages: the
// units that search finds, suggestions quote and links cite ("p. 3", "§ Escalation").
import type { Passage } from './types';

/** A heading or a paragraph as read from a document; `page` is 1-based, or null. */
export interface Block {
  readonly kind: 'heading' | 'paragraph';
  readonly text: string;
  readonly page: number | null;
}

/** Passages grow paragraph by paragraph up to about this many characters… */
const TARGET_LENGTH = 500;
/** …and a longer paragraph is cut at sentence ends into pieces of at most this many. */
const MAX_LENGTH = 1_000;
/** Longest heading kept as a section name. */
const MAX_SECTION_LENGTH = 120;

/** Collapses runs of spaces and tabs; keeps single line breaks; trims. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function sectionName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_SECTION_LENGTH ? flat : `${flat.slice(0, MAX_SECTION_LENGTH - 1)}…`;
}

const SENTENCE_END = '.!?';
const CLOSERS = `"'”’)`;

/**
 * The sentences of a text, each with the punctuation, closing quotes and spaces after it, in
 * one pass (a pattern would rescan a long run without a full stop from every position).
 */
function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!SENTENCE_END.includes(text[i] as string)) {
      i += 1;
      continue;
    }
    while (i < text.length && SENTENCE_END.includes(text[i] as string)) i += 1;
    while (i < text.length && CLOSERS.includes(text[i] as string)) i += 1;
    while (i < text.length && (text[i] as string).trim() === '') i += 1;
    out.push(text.slice(start, i));
    start = i;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}

/** Splits a long paragraph at sentence ends (or spaces) into pieces of at most MAX_LENGTH. */
function pieces(text: string): string[] {
  if (text.length <= MAX_LENGTH) return [text];
  const sentences = sentencesOf(text);
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current.length + sentence.length > MAX_LENGTH && current !== '') {
      out.push(current.trim());
      current = '';
    }
    let rest = sentence;
    while (rest.length > MAX_LENGTH) {
      const cut = rest.lastIndexOf(' ', MAX_LENGTH);
      const at = cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH;
      out.push(rest.slice(0, at).trim());
      rest = rest.slice(at);
    }
    current += rest;
  }
  if (current.trim() !== '') out.push(current.trim());
  return out;
}

/**
 * Groups blocks into passages. A passage never spans a page or a heading; short paragraphs (list
 * items, table rows) are joined up to ~500 characters, long ones cut at sentence ends. A heading
 * with nothing under it becomes a passage of its own, so its words stay searchable.
 */
export function passagesFromBlocks(blocks: readonly Block[]): Passage[] {
  const passages: Passage[] = [];
  let section: string | null = null;
  let page: number | null = null;
  let buffer: string[] = [];
  let bufferLength = 0;
  let headingPending: { text: string; page: number | null } | null = null;

  const emit = (text: string, at: number | null): void => {
    passages.push({ index: passages.length, page: at, section, text });
  };
  const flush = (): void => {
    if (buffer.length > 0) emit(buffer.join('\n'), page);
    buffer = [];
    bufferLength = 0;
  };
  const flushHeading = (): void => {
    if (headingPending) emit(headingPending.text, headingPending.page);
    headingPending = null;
  };

  for (const block of blocks) {
    const text = tidy(block.text);
    if (text === '') continue;
    if (block.kind === 'heading') {
      flush();
      flushHeading();
      section = sectionName(text);
      headingPending = { text, page: block.page };
      page = block.page;
      continue;
    }
    headingPending = null;
    if (block.page !== page) {
      flush();
      page = block.page;
    }
    for (const piece of pieces(text)) {
      if (bufferLength > 0 && bufferLength + piece.length > TARGET_LENGTH) flush();
      buffer.push(piece);
      bufferLength += piece.length + 1;
      if (bufferLength >= TARGET_LENGTH) flush();
    }
  }
  flush();
  flushHeading();
  return passages;
}
