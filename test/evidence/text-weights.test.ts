// How a document is weighed before its elements are suggested: title and headings up,
// boilerplate down, names of the organisation and its teams blanked, HTML never read as words.
import { describe, expect, it } from 'vitest';
import { buildSuggestionModel } from '../../shared/evidence/model';
import { findNames, maskNames } from '../../shared/evidence/names';
import { suggestElements } from '../../shared/evidence/suggest';
import { PART_WEIGHT, documentTitle, weighDocument } from '../../shared/evidence/text-weights';
import type { Passage } from '../../shared/evidence/types';

const passage = (
  index: number,
  page: number | null,
  section: string | null,
  text: string,
): Passage => ({
  index,
  page,
  section,
  text,
});

const weightOf = (parts: ReturnType<typeof weighDocument>, fragment: string): number | undefined =>
  parts.find((p) => p.text.includes(fragment))?.weight;

describe('boilerplate', () => {
  it('leaves out running headers and footers repeated on every page, and page numbers', () => {
    const findings = ['appointments were missed', 'calls went unanswered', 'letters were late'];
    const pages = [1, 2, 3].map((n) =>
      passage(
        n - 1,
        n,
        'Repairs review',
        `Harbour Homes | Scrutiny Panel report | OFFICIAL\nThe panel found that ${findings[n - 1]}.\nScrutiny Report | Version 2 | Page ${n} of 3`,
      ),
    );
    const parts = weighDocument(pages);
    expect(weightOf(parts, 'Harbour Homes | Scrutiny')).toBeUndefined();
    expect(weightOf(parts, 'Page 2 of 3')).toBeUndefined();
    for (const finding of findings) expect(weightOf(parts, finding)).toBe(PART_WEIGHT.body);
  });

  it('leaves out document-control lines, revision rows and contents pages', () => {
    const parts = weighDocument([
      passage(
        0,
        null,
        'Complaints Policy',
        'Owner: Head of Customer Services\nVersion 4.0 | Approved by Cabinet\nReview date: March 2017\nPolicy number | CORP-031',
      ),
      passage(
        1,
        null,
        'Revision history',
        '1.0 | 2012 | New policy\n1.1 | 2013 | Telephone standards updated',
      ),
      passage(2, null, 'Contents', '1. Introduction ........ 2\n2. How to complain ........ 3'),
      passage(
        3,
        null,
        'How to complain',
        'You can complain online, by phone or in person.\n1.1 | Sep 2013 | Contact details updated | Registrar',
      ),
    ]);
    const texts = parts.map((p) => p.text).join('\n');
    for (const gone of [
      'Head of Customer',
      'Version 4.0',
      'March 2017',
      'CORP-031',
      'New policy',
      'Introduction ....',
      'Contact details updated',
    ]) {
      expect(texts).not.toContain(gone);
    }
    expect(weightOf(parts, 'You can complain online')).toBe(PART_WEIGHT.body);
    expect(parts[0]).toEqual({
      text: 'Complaints Policy',
      weight: PART_WEIGHT.title,
      passage: null,
      title: true,
    });
    expect(parts.filter((p) => p.title === true)).toHaveLength(1);
    expect(weightOf(parts, 'How to complain')).toBe(PART_WEIGHT.heading);
  });

  it('counts a line of menu items a tenth of a body line', () => {
    const parts = weighDocument([
      passage(
        0,
        null,
        null,
        'Home | Bins and recycling | Council Tax | Benefits | Contact us\nWe empty your bins every week.',
      ),
    ]);
    expect(weightOf(parts, 'Bins and recycling')).toBe(PART_WEIGHT.menu);
  });
});

describe('the title', () => {
  it('is the first heading, or a first short line before any heading, never "Contents"', () => {
    expect(
      documentTitle([passage(0, 1, 'Contents', 'x'), passage(1, 1, 'Tenant Profile 2015', 'y')]),
    ).toBe('Tenant Profile 2015');
    expect(
      documentTitle([passage(0, null, null, 'Customer Care Policy\nEvery patient has the right…')]),
    ).toBe('Customer Care Policy');
    expect(
      documentTitle([
        passage(0, null, null, 'We answer every call within 20 seconds, and we reply to letters.'),
      ]),
    ).toBeNull();
  });
});

describe('names of the organisation and its teams', () => {
  const text =
    'Owner: Performance Excellence\n' +
    'Performance Excellence sends the survey. The Customer Insight Team reads the comments, and ' +
    'the Complaints team replies. Brackenford Borough Council holds Customer Service Excellence. ' +
    'The National Student Survey and the Citizens’ Panel are not teams.';
  const names = findNames([text]);

  it('are found by their shape: a head word, "the X team", or the name after "Owner:"', () => {
    expect([...names.phrases]).toEqual(
      expect.arrayContaining([
        'performance excellence',
        'customer insight team',
        'customer insight',
        'complaints team',
        'brackenford borough council',
        'customer service excellence',
      ]),
    );
    expect([...names.phrases].some((p) => p.includes('survey') || p.includes('panel'))).toBe(false);
  });

  it('are blanked, keeping every offset, and nothing else is', () => {
    const masked = maskNames(text, names);
    expect(masked).toHaveLength(text.length);
    for (const gone of [
      'Performance Excellence',
      'Customer Insight Team',
      'Complaints team',
      'Borough Council',
      'Service Excellence',
    ]) {
      expect(masked).not.toContain(gone);
    }
    expect(masked).toContain('sends the survey');
    expect(masked).toContain('National Student Survey');
    expect(masked).toContain('Citizens’ Panel');
  });
});

describe('suggestions for a procedure whose team name echoes the standard', () => {
  it('rank what the text is about, never the team name or the HTML left in it', () => {
    const model = buildSuggestionModel();
    const found = suggestElements(
      model,
      [
        passage(
          0,
          null,
          null,
          '<p><b>SATISFACTION SURVEY PROCEDURE</b></p>\n<p>Owner: Customer Excellence and Timeliness<br>Version 1.2</p>',
        ),
        passage(
          1,
          null,
          '1. Sending the survey',
          '<p>Customer Excellence and Timeliness sends a short satisfaction survey by text message after each request is completed. Customer Excellence and Timeliness checks the response rate every month.</p>',
        ),
      ],
      { top: 5 },
    );
    expect(found[0]?.element).toBe('1.3.1');
    const reasons = found.flatMap((s) => s.terms).join(' ');
    expect(reasons).not.toMatch(/excellence|timeliness|<|>/i);
    for (const s of found) expect(s.passage?.excerpt ?? '').not.toMatch(/<\/?[a-z]/);
  });
});
