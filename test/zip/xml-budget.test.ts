import { describe, expect, it } from 'vitest';
import { checkXml, countXmlElements } from '../../shared/xml/xml-budget';

const BUDGET = { maxChars: 10_000, maxElements: 5, maxDepth: 3 };

describe('checkXml', () => {
  it('counts elements, not comments, CDATA, instructions, closing tags or > inside quotes', () => {
    const xml =
      '<?xml version="1.0"?><!-- <x><y> --><a t="1>2"><b/><![CDATA[<c><d>]]><?pi <e>?></a>';
    expect(countXmlElements(xml, BUDGET, 'the XML')).toBe(2);
  });

  it('refuses a DOCTYPE or an ENTITY anywhere, in any case', () => {
    for (const xml of [
      '<!DOCTYPE x><a/>',
      `<!--${'x'.repeat(5000)}--><!doctype x [<!ENTITY a "b">]><a/>`,
      `<a>${'<b/>'.repeat(3)}</a><!ENTITY x "y">`,
    ]) {
      expect(checkXml(xml, BUDGET, 'the XML')?.code).toBe('doctype');
    }
  });

  it('refuses too many elements and too deep nesting', () => {
    expect(checkXml('<a>'.concat('<b/>'.repeat(5), '</a>'), BUDGET, 'the XML')).toEqual({
      code: 'too-many-elements',
      message:
        'the XML holds more than 5 elements, far more than a real file (a damaged or hostile file)',
    });
    expect(checkXml('<a><b><c><d/></c></b></a>', BUDGET, 'the XML')).toBeNull();
    expect(checkXml('<a><b><c><d></d></c></b></a>', BUDGET, 'the XML')?.code).toBe('too-deep');
  });

  it('refuses text longer than its budget before scanning it', () => {
    expect(checkXml(`<a>${'x'.repeat(10_000)}</a>`, BUDGET, 'the XML')?.code).toBe('too-long');
  });

  it('refuses text that ends inside a tag, comment or attribute', () => {
    for (const xml of ['<a', '<a x="1>', '<!-- x', '<![CDATA[ x', '<?x']) {
      expect(checkXml(xml, BUDGET, 'the XML')?.code).toBe('malformed');
    }
  });
});
