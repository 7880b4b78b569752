import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine } from '../../shared/surveillance/ics';
import { planSurveillance } from '../../shared/surveillance/plan';
import type { UtcInstant } from '../../shared/types/date-math';
import { parseUtcInstant } from '../../shared/types/date-math';
import type { OrganisationId } from '../../shared/types/ids';
import { d, initialRecord } from './support';

const STAMP = parseUtcInstant('2016-01-02T08:15:30.123Z') as UtcInstant;

const octets = (line: string): number => Buffer.byteLength(line, 'utf8');

/** Unfolds content lines (RFC 5545 §3.1) and splits them. */
const unfold = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'Ŵ'.repeat(50)}${'x'.repeat(40)}`;
    const folded = foldIcsLine(line);
    const parts = folded.split('\r\n').slice(0, -1);
    expect(folded.endsWith('\r\n')).toBe(true);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x\r\n');
    const exact = `X:${'a'.repeat(73)}`;
    expect(foldIcsLine(exact)).toBe(`${exact}\r\n`);
    expect(foldIcsLine(`${exact}b`)).toBe(`${exact}\r\n b\r\n`);
  });

  it('writes the due and contact dates of items not yet done, across organisations', () => {
    const a = planSurveillance(initialRecord('2015-03-11'), { today: d('2016-01-01') });
    const other = initialRecord('2015-01-31');
    const b = planSurveillance(
      {
        ...other,
        organisation: {
          ...other.organisation,
          id: 'org-b' as OrganisationId,
          name: 'Smith, Jones; Partners',
          reference: '',
        },
      },
      { today: d('2016-01-01') },
    );
    const ics = buildIcs([a, b], { dtstamp: STAMP });
    expect(ics.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    const lines = unfold(ics);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(12);
    expect(lines.filter((l) => l.startsWith('DTSTAMP:'))).toEqual(
      Array(12).fill('DTSTAMP:20160102T081530Z'),
    );
    expect(lines.filter((l) => l.startsWith('UID:')).slice(0, 2)).toEqual([
      'UID:org-test-surveillance-1-c1-contact@cse-fieldbook',
      'UID:org-test-surveillance-1-c1-due@cse-fieldbook',
    ]);
    const first = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
    expect(first).toEqual([
      'BEGIN:VEVENT',
      'UID:org-test-surveillance-1-c1-contact@cse-fieldbook',
      'DTSTAMP:20160102T081530Z',
      'DTSTART;VALUE=DATE:20160111',
      'DTEND;VALUE=DATE:20160112',
      'SUMMARY:Test Council: contact the client about Surveillance 1',
      'DESCRIPTION:Test Council (99/0001). Surveillance 1 is due on 11 March 2016\\; the certifying body contacts the client two months before and requests the surveillance documents.',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]);
    expect(lines).toContain('SUMMARY:Smith\\, Jones\\; Partners: Surveillance 1 due');
    expect(lines).toContain('DTSTART;VALUE=DATE:20160131');
    expect(lines).toContain('DTSTART;VALUE=DATE:20151130');
  });

  it('gives the same UIDs and text on the same input (stable, pure)', () => {
    const plan = planSurveillance(initialRecord('2015-03-11'), { today: d('2016-01-01') });
    expect(buildIcs([plan], { dtstamp: STAMP })).toBe(buildIcs([plan], { dtstamp: STAMP }));
    const later = planSurveillance(initialRecord('2015-03-11'), { today: d('2016-02-01') });
    const uids = (ics: string) => unfold(ics).filter((l) => l.startsWith('UID:'));
    expect(uids(buildIcs([later], { dtstamp: STAMP }))).toEqual(
      uids(buildIcs([plan], { dtstamp: STAMP })),
    );
  });
});
