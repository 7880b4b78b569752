import { describe, expect, it } from 'vitest';
import { boltonOwnLayout } from './support/bolton-own';
import { expectBolton } from './support/bolton-expect';
import { boltonTruth } from './support/bolton-truth';
import { importOk } from './support/import';

describe('the real record (University of Bolton, 2015) in eight layouts', () => {
  const truth = boltonTruth();

  it('reads its own text into 57 elements with both marks', () => {
    expect(truth.elements.map((e) => e.id)).toHaveLength(57);
    const partials = (m: 'dtr' | 'final'): number[] =>
      [1, 2, 3, 4, 5].map((c) => truth.elements.filter((e) => e.id.startsWith(`${c}.`) && e[m] === 'P').length);
    expect(partials('final')).toEqual([2, 0, 0, 3, 3]);
    // 5.2.5's DTR mark reads "Э" in the text: no mark, so criterion 5 has 8 DTR partials, not 9.
    expect(partials('dtr')).toEqual([7, 10, 8, 13, 8]);
  });

  it('layout 1, its own: label rows above value rows, "A Visit Result", blank sections 2 and 3', async () => {
    const imported = await importOk(await boltonOwnLayout(), { fallbackName: 'bolton-2015' });
    expectBolton(imported, truth);
    expect(imported.preview.layouts).toHaveLength(1);
    expect(imported.preview.warnings.filter((w) => w.code === 'blank-template')).toHaveLength(2);
  });
});
