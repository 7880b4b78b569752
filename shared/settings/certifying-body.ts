import type { Result } from '../types/result';
import { fail, ok } from '../types/result';
import { trimEndWhere } from '../types/trim';

/**
 * The certifying body's own details, printed where its Word record prints them: at the foot of
 * every page ("Centre for Assessment Ltd, Churchgate House, 56 Oxford Street, Manchester, M1 6EU"
 * over "Tel: 0161 237 4080 www.centreforassessment.co.uk"). A setting of the assessor's, not part
 * of any record: exports take it as an input.
 */
export interface CertifyingBody {
  readonly name: string;
  /** As written; several lines are printed joined by ", ". */
  readonly address: string;
  readonly telephone: string;
  /** E.g. "www.centreforassessment.co.uk". */
  readonly website: string;
}

/** The fields in the order forms and files list them. */
export const CERTIFYING_BODY_FIELDS = [
  'name',
  'address',
  'telephone',
  'website',
] as const satisfies readonly (keyof CertifyingBody)[];

/** Each field's name, as forms label it and messages name it. */
export const CERTIFYING_BODY_LABELS: Readonly<Record<keyof CertifyingBody, string>> = {
  name: 'Name',
  address: 'Address',
  telephone: 'Telephone',
  website: 'Web site',
};

/** Nothing set: exports print no certifying body. */
export const NO_CERTIFYING_BODY: CertifyingBody = {
  name: '',
  address: '',
  telephone: '',
  website: '',
};

/** Longest text of one field (a page footer has room for two lines). */
export const CERTIFYING_BODY_MAX_LENGTH = 300;

/** Control characters other than line breaks, which no printed footer can hold. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\v\f\u000E-\u001F\u007F]/;

/** Why one field's text cannot be kept, in words; `null` when it can. */
export function certifyingBodyFieldProblem(
  field: keyof CertifyingBody,
  text: string,
): string | null {
  const label = CERTIFYING_BODY_LABELS[field].toLowerCase();
  if (text.length > CERTIFYING_BODY_MAX_LENGTH) {
    return `The ${label} is ${text.length} characters long; at most ${CERTIFYING_BODY_MAX_LENGTH} fit at the foot of a page.`;
  }
  if (CONTROL.test(text)) return `The ${label} holds a control character; type it again.`;
  return null;
}

/**
 * Reads the certifying body's details from untrusted JSON (a settings row, a file given to the
 * command line): an object with the four fields as text, each optional. Unknown keys are refused
 * by name, so a misspelt "phone" is not silently ignored. Texts are trimmed.
 */
export function parseCertifyingBody(value: unknown): Result<CertifyingBody, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail([
      'the certifying body must be a JSON object with "name", "address", "telephone" and "website"',
    ]);
  }
  const errors: string[] = [];
  const known = new Set<string>(CERTIFYING_BODY_FIELDS);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      errors.push(
        `unknown field "${key.slice(0, 40)}"; the fields are ${CERTIFYING_BODY_FIELDS.join(', ')}`,
      );
    }
  }
  const out: Record<keyof CertifyingBody, string> = { ...NO_CERTIFYING_BODY };
  for (const field of CERTIFYING_BODY_FIELDS) {
    const text: unknown = (value as Record<string, unknown>)[field];
    if (text === undefined || text === null) continue;
    if (typeof text !== 'string') {
      errors.push(`"${field}" must be text`);
      continue;
    }
    const problem = certifyingBodyFieldProblem(field, text.trim());
    if (problem !== null) errors.push(problem);
    else out[field] = text.trim();
  }
  return errors.length > 0 ? fail(errors) : ok(out);
}

/** True when no field is set. */
export function isNoCertifyingBody(body: CertifyingBody | null | undefined): boolean {
  return !body || CERTIFYING_BODY_FIELDS.every((f) => body[f].trim() === '');
}

/**
 * The body as the page footer prints it, in two lines: name and address ("Centre for Assessment
 * Ltd, Churchgate House, 56 Oxford Street, Manchester, M1 6EU"), then telephone and web site
 * ("Tel: 0161 237 4080 www.centreforassessment.co.uk"). Empty lines are left out; no body, none.
 */
export function certifyingBodyLines(body: CertifyingBody | null | undefined): string[] {
  if (!body || isNoCertifyingBody(body)) return [];
  const address = body.address
    .split(/\r?\n/)
    .map((l) => trimEndWhere(l.trim(), (c) => c === ','))
    .filter((l) => l !== '');
  // "56 Oxford Street,, Manchester" (a slip the real record's footer has) prints with one comma.
  const first = [body.name.trim(), ...address]
    .filter((t) => t !== '')
    .join(', ')
    .replace(/,(\s*,)+/g, ',');
  const tel = body.telephone.trim() === '' ? '' : `Tel: ${body.telephone.trim()}`;
  const second = [tel, body.website.trim()].filter((t) => t !== '').join(' ');
  return [first, second].filter((l) => l !== '');
}
