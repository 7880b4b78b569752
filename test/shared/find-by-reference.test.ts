import { describe, expect, it } from 'vitest';
import {
  findByReference,
  normaliseReference,
  referenceInUse,
} from '../../shared/records/find-by-reference';

const stored = [
  { id: 'org-northfield', name: 'Northfield University', reference: '14/5167' },
  { id: 'org-harbourside', name: 'Harbourside Borough Council', reference: '25/0311' },
  { id: 'org-unreferenced', name: 'Westmoor Housing Trust', reference: '' },
];

describe('finding an organisation by its reference', () => {
  it('matches the reference as typed in other ways: spaces, case, slash look-alikes', () => {
    for (const typed of ['14/5167', ' 14 / 5167 ', '14∕5167', '14⁄5167', '14／5167']) {
      expect(findByReference(stored, typed)?.id, typed).toBe('org-northfield');
    }
    expect(normaliseReference('Ab 12/3')).toBe('ab12/3');
  });

  it('does not match another number, an empty reference, or the organisation itself', () => {
    expect(findByReference(stored, '14/5168')).toBeNull();
    expect(findByReference(stored, '145167')).toBeNull();
    expect(findByReference(stored, '')).toBeNull();
    expect(findByReference(stored, '   ')).toBeNull();
    expect(findByReference(stored, '14/5167', 'org-northfield')).toBeNull();
  });

  it('says which organisation holds it', () => {
    expect(referenceInUse(' 14/5167 ', stored[0]!)).toBe(
      '14/5167 is already the reference of “Northfield University”.',
    );
  });
});
