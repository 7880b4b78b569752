import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NO_CERTIFYING_BODY,
  certifyingBodyLines,
  parseCertifyingBody,
} from '../../shared/settings/certifying-body';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, readSettings } from '../../shared/settings/settings';

/** The page footer of the real record (shared/reference/bolton-2015-record.txt), copied as is. */
const REFERENCE_TEXT = readFileSync(
  new URL('../fixtures/reference/bolton-2015-footer.txt', import.meta.url),
  'utf8',
);

describe("the certifying body's details", () => {
  it('print as the real record prints them at the foot of its pages', () => {
    // The footer lines of the certifying body's own record, as the reference text has them.
    const lines = REFERENCE_TEXT.split('\n').map((l) => l.trim());
    const first = lines.find((l) => l.startsWith('Centre for Assessment Ltd'))!;
    const second = lines.find((l) => l.startsWith('Tel:'))!;
    expect(first).toBe(
      'Centre for Assessment Ltd, Churchgate House, 56 Oxford Street,, Manchester, M1 6EU',
    );
    const [name, ...address] = first.split(', ');
    const [, telephone, website] = /^Tel: (.+?) (www\..+)$/.exec(second)!;
    const body = parseCertifyingBody({
      name,
      address: address.join(', '),
      telephone,
      website,
    });
    if (!body.ok) throw new Error(body.errors.join());
    // The record's ",," slip prints with one comma; the second line is the record's own.
    expect(certifyingBodyLines(body.value)).toEqual([
      'Centre for Assessment Ltd, Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
      second,
    ]);
  });

  it('joins an address typed on several lines, and leaves out what is not set', () => {
    const body = parseCertifyingBody({
      name: '  Body Ltd ',
      address: 'Unit 4,\n\n  High Street\r\nLeeds',
      website: 'www.body.example',
    });
    expect(body.ok && certifyingBodyLines(body.value)).toEqual([
      'Body Ltd, Unit 4, High Street, Leeds',
      'www.body.example',
    ]);
    expect(certifyingBodyLines(NO_CERTIFYING_BODY)).toEqual([]);
    expect(certifyingBodyLines(null)).toEqual([]);
  });

  it('refuses what is not its shape, naming each problem', () => {
    expect(parseCertifyingBody('Centre for Assessment')).toMatchObject({ ok: false });
    expect(parseCertifyingBody([1])).toMatchObject({ ok: false });
    const bad = parseCertifyingBody({ name: 7, phone: '0161', website: 'x'.repeat(301) });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual([
      'unknown field "phone"; the fields are name, address, telephone, website',
      '"name" must be text',
      'The web site is 301 characters long; at most 300 fit at the foot of a page.',
    ]);
    expect(parseCertifyingBody({ address: 'a\u0000b' })).toMatchObject({
      ok: false,
      errors: ['The address holds a control character; type it again.'],
    });
  });
});

describe('the settings row', () => {
  it('reads the version 1 fixture', () => {
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../fixtures/settings/v1.json', import.meta.url), 'utf8'),
    );
    const read = readSettings(raw);
    expect(read).toEqual({
      ok: true,
      value: {
        version: SETTINGS_VERSION,
        certifyingBody: {
          name: 'Centre for Assessment Ltd',
          address: 'Churchgate House, 56 Oxford Street,\nManchester, M1 6EU',
          telephone: '0161 237 4080',
          website: 'www.centreforassessment.co.uk',
        },
      },
    });
  });

  it('gives the defaults when nothing was saved, and refuses newer or damaged rows', () => {
    expect(readSettings(undefined)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(readSettings({ version: 2, certifyingBody: {} })).toEqual({
      ok: false,
      errors: [
        'the settings were saved by a newer CSE Fieldbook (settings version 2; this one knows 1)',
      ],
    });
    expect(readSettings({ certifyingBody: {} })).toMatchObject({ ok: false });
    expect(readSettings('x')).toMatchObject({ ok: false });
    expect(readSettings({ version: 1, certifyingBody: { fax: '1' } })).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('unknown field "fax"')],
    });
    // A row without a certifying body yet reads as none set.
    expect(readSettings({ version: 1 })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});
