// The certifying body read from a page footer's lines, in the real record's footer and in other
// bodies' layouts; lines that name no certifying body give none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  certifyingBodyFromLines,
  repeatedContactLines,
} from '../../shared/settings/certifying-body-lines';

const REAL_FOOTER = readFileSync(
  new URL('../fixtures/reference/bolton-2015-footer.txt', import.meta.url),
  'utf8',
)
  .split(/\r?\n/)
  .filter((l) => l.trim() !== '');

describe('a certifying body read from footer lines', () => {
  it("reads the real record's footer: name, address to the postcode, telephone, web site", () => {
    const found = certifyingBodyFromLines(REAL_FOOTER);
    expect(found?.details).toEqual({
      name: 'Centre for Assessment Ltd',
      address: 'Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
      telephone: '0161 237 4080',
      website: 'www.centreforassessment.co.uk',
    });
    expect(found?.why.join('\n')).toMatch(/telephone "0161 237 4080": after "Tel:"/);
  });

  it('reads a body that puts name, address and contacts on lines of their own', () => {
    const found = certifyingBodyFromLines([
      'Commercial in Confidence',
      'Page 3 of 40',
      'Northgate Quality Assessors Limited',
      'Unit 4, Rossmore Business Park',
      'Ellesmere Port, CH65 3EN',
      'T: +44 (0)151 350 6666 | E: cse@northgate-qa.example | W: www.northgate-qa.co.uk',
    ]);
    expect(found?.details).toEqual({
      name: 'Northgate Quality Assessors Limited',
      address: 'Unit 4, Rossmore Business Park, Ellesmere Port, CH65 3EN',
      telephone: '+44 (0)151 350 6666',
      website: 'www.northgate-qa.co.uk',
    });
  });

  it('reads a footer table and a number written without a label', () => {
    const found = certifyingBodyFromLines([
      'Service Standards Certification | 12 Quay Street, Bristol BS1 4DJ | 0117 496 0123 | https://ssc.example.org.uk/cse',
    ]);
    expect(found?.details).toEqual({
      name: 'Service Standards Certification',
      address: '12 Quay Street, Bristol BS1 4DJ',
      telephone: '0117 496 0123',
      website: 'https://ssc.example.org.uk/cse',
    });
    expect(found?.why.join('\n')).toMatch(/UK telephone/);
  });

  it('names none from page numbers, titles, versions and dates', () => {
    expect(certifyingBodyFromLines([])).toBeNull();
    expect(
      certifyingBodyFromLines([
        'Customer Service Excellence Commercial in Confidence',
        'Page 2 of 31',
        'Version 3.2 – issued 01/04/2015',
        'University of Bolton Library, Student Services, Careers and Reception',
      ]),
    ).toBeNull();
    // One sign alone (a web address) is not enough to call a line a certifying body.
    expect(certifyingBodyFromLines(['www.bolton.ac.uk/library'])).toBeNull();
  });

  it('reads a long hostile footer in bounded time and keeps each field within its length', () => {
    const line = `${'A, '.repeat(30_000)}M1 6EU Ltd 0161 237 4080 www.x.co.uk`;
    const started = performance.now();
    const found = certifyingBodyFromLines(Array<string>(1000).fill(line));
    expect(performance.now() - started).toBeLessThan(2000);
    for (const value of Object.values(found?.details ?? {}))
      expect(value.length).toBeLessThanOrEqual(300);
  });
});

describe('footer lines flattened into the body', () => {
  it('keeps contact lines written at least twice, once each', () => {
    const paragraphs = [
      'SECTION 1 - ASSESSMENT ANALYSIS',
      ...REAL_FOOTER,
      '1. CUSTOMER INSIGHT',
      ...REAL_FOOTER,
      'Tel: 0161 000 0000 (written once)',
    ];
    expect(repeatedContactLines(paragraphs)).toEqual(REAL_FOOTER);
  });
});
