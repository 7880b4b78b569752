import type { CertifyingBody } from './certifying-body';
import { CERTIFYING_BODY_MAX_LENGTH } from './certifying-body';

/**
 * Reading a certifying body's details from the lines of a page footer, as its Word record prints
 * them — "Centre for Assessment Ltd, Churchgate House, 56 Oxford Street,, Manchester, M1 6EU" over
 * "Tel: 0161 237 4080 www.centreforassessment.co.uk" — or as another body lays them out (name,
 * address and contacts on lines of their own, "T: … | E: … | W: …", a footer table). Each part is
 * found by what it looks like, not by a list of names: a web address by its "www."/"http" or its
 * domain ending, a telephone by its label or its UK shape (0… or +44, 10 to 13 digits), the
 * address by its postcode, the name as the line or first part before the address. Page numbers,
 * "Commercial in Confidence", versions and copyright lines are passed over.
 */

/** What was read, and why each part was taken to be what it is (shown to the assessor). */
export interface FooterCertifyingBody {
  readonly details: CertifyingBody;
  /** One sentence per part found: 'name "Centre for Assessment Ltd": …'. */
  readonly why: readonly string[];
  /** The footer lines it was read from. */
  readonly lines: readonly string[];
}

/** More footer lines than this say nothing more about who certifies. */
const MAX_LINES = 24;
/** A footer line longer than this is not an address line; it is cut before it is read. */
const MAX_LINE = 400;

const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
/** A legal form closing a company's name. */
const COMPANY = /\b(?:ltd|limited|llp|plc|cic)\b/i;
const PHONE_LABEL = /^(?:t|tel|telephone|phone|ph)[.:]?$/i;
const OTHER_LABEL = /^(?:[efw]|email|e-mail|web|website|fax)[.:]?$/i;
const WEB =
  /^(?:https?:\/\/|www\.)\S+$|^[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:uk|com|org|net|gov|info|eu)(?:\/\S*)?$/i;
const NOISE: readonly RegExp[] = [
  /^page\s+\d+(?:\s+of\s+\d+)?$/i,
  /^\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
  /^(?:strictly\s+)?(?:private\s+and\s+)?(?:commercial\s+in\s+)?confiden(?:ce|tial)$/i,
  /^customer service excellence\b/i,
  /^(?:version|issue|revision|v\d)\b/i,
  /^(?:©|\(c\)|copyright)/i,
  /^(?:registered|company\s+(?:registration\s+)?(?:no|number))\b/i,
];

/** Trailing and leading commas, bars and stops of a token: "www.x.co.uk," → "www.x.co.uk". */
function bare(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && ',;|.'.includes(token[start] ?? '')) start += 1;
  while (end > start && ',;|.'.includes(token[end - 1] ?? '')) end -= 1;
  return token.slice(start, end);
}

function digitCount(text: string): number {
  let n = 0;
  for (const c of text) if (c >= '0' && c <= '9') n += 1;
  return n;
}

interface Contacts {
  telephone: string;
  phoneWhy: string;
  website: string;
}

/** Takes the telephone, web address and e-mail out of one line, token by token; the rest is returned. */
function takeContacts(line: string, found: Contacts): string {
  const tokens = line.split(/\s+/);
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = bare(tokens[i] ?? '');
    // A bar or comma on its own, and every contact taken out, parts the line ("Name | 12 Quay St").
    if (token === '' || token.includes('@') || OTHER_LABEL.test(token)) {
      kept.push(',');
      continue;
    }
    if (WEB.test(token) && !/^\d/.test(token)) {
      if (found.website === '') found.website = token;
      kept.push(',');
      continue;
    }
    const labelled = PHONE_LABEL.test(token);
    const from = labelled ? i + 1 : i;
    const phone = phoneAt(tokens, from);
    if (phone && (labelled || /^(?:\+44|0)/.test(phone.text))) {
      if (found.telephone === '') {
        found.telephone = phone.text;
        found.phoneWhy = labelled ? `after "${token}"` : 'a number of a UK telephone\u2019s shape';
      }
      i = phone.end - 1;
      kept.push(',');
      continue;
    }
    kept.push(tokens[i] ?? '');
  }
  return kept.join(' ');
}

/** A telephone number starting at token `from`: digits, spaces, brackets, 10 to 13 digits. */
function phoneAt(tokens: readonly string[], from: number): { text: string; end: number } | null {
  const parts: string[] = [];
  let end = from;
  while (end < tokens.length && end - from < 8) {
    const token = bare(tokens[end] ?? '');
    if (!/^\+?[\d()-]+$/.test(token)) break;
    parts.push(token);
    end += 1;
    if (digitCount(parts.join('')) >= 13) break;
  }
  const text = parts.join(' ');
  const digits = digitCount(text);
  return digits >= 10 && digits <= 13 ? { text, end } : null;
}

/** A line's comma-separated parts (also " | " from a footer table), blanks dropped. */
function partsOf(line: string): string[] {
  return line
    .split(/[,|]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * The certifying body named by a footer's lines, or `null` when they do not name one: at least
 * two of a postcode, a telephone, a web address and a company's legal form ("Ltd", "LLP") must
 * be found, so a footer of page numbers, a title or a version line is never taken for one.
 * Bounded: at most 24 lines of at most 400 characters are read.
 */
export function certifyingBodyFromLines(lines: readonly string[]): FooterCertifyingBody | null {
  const read = lines
    .slice(0, MAX_LINES)
    .map((l) => l.slice(0, MAX_LINE).trim())
    .filter((l) => l !== '' && !NOISE.some((n) => n.test(l)));
  const found: Contacts = { telephone: '', phoneWhy: '', website: '' };
  const rests = read.map((l) => partsOf(takeContacts(l, found)));
  const postcodeLine = rests.findIndex((parts) => parts.some((p) => POSTCODE.test(p)));
  const companyLine = rests.findIndex((parts) => COMPANY.test(parts[0] ?? ''));
  const signals = [
    postcodeLine >= 0,
    found.telephone !== '',
    found.website !== '',
    companyLine >= 0,
  ];
  if (signals.filter(Boolean).length < 2) return null;

  const anchor = postcodeLine >= 0 ? postcodeLine : companyLine;
  const nameLine =
    companyLine >= 0 && (anchor < 0 || companyLine <= anchor)
      ? companyLine
      : anchor >= 0 && (rests[anchor]?.length ?? 0) >= 3
        ? anchor
        : rests.findIndex((parts) => parts.length > 0);
  const name = nameLine >= 0 ? (rests[nameLine]?.[0] ?? '') : '';
  const last = Math.max(anchor, nameLine);
  const addressParts = rests
    .slice(Math.max(nameLine, 0), last + 1)
    .flat()
    .slice(nameLine >= 0 ? 1 : 0);
  const address = addressParts.join(', ');

  const why: string[] = [];
  if (name !== '') {
    why.push(
      COMPANY.test(name)
        ? `name "${name}": it ends in a company's legal form ("Ltd", "LLP"…) and comes before the address`
        : `name "${name}": the first part before the address`,
    );
  }
  if (address !== '') {
    why.push(
      postcodeLine >= 0
        ? `address: the parts after the name, up to the postcode`
        : `address: the parts after the name on its line`,
    );
  }
  if (found.telephone !== '') why.push(`telephone "${found.telephone}": ${found.phoneWhy}`);
  if (found.website !== '') {
    why.push(`web site "${found.website}": it reads as a web address`);
  }
  const cut = (text: string): string => text.slice(0, CERTIFYING_BODY_MAX_LENGTH);
  return {
    details: {
      name: cut(name),
      address: cut(address),
      telephone: cut(found.telephone),
      website: cut(found.website),
    },
    why,
    lines: read,
  };
}

/**
 * Lines that might be a page footer flattened into the body (a record that went through PDF and
 * back prints its footer between paragraphs): paragraphs written at least twice that hold a
 * postcode, a web address or a telephone, each once, in the order first found.
 */
export function repeatedContactLines(paragraphs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const p of paragraphs) {
    const line = p.trim();
    if (line === '' || line.length > MAX_LINE) continue;
    seen.set(line, (seen.get(line) ?? 0) + 1);
  }
  const contact = (line: string): boolean => {
    if (POSTCODE.test(line)) return true;
    const found: Contacts = { telephone: '', phoneWhy: '', website: '' };
    takeContacts(line, found);
    return found.telephone !== '' || found.website !== '';
  };
  return [...seen].filter(([line, n]) => n >= 2 && contact(line)).map(([line]) => line);
}
