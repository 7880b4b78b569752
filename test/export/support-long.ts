import type { AssessmentRecord } from '../../shared/types/record';

/** Words with line breaks, accents and a character outside the BMP, `length` UTF-16 units long. */
export function longText(length: number, tag: string): string {
  const words = [
    'Zoë',
    'reviewed',
    'the',
    '“queue”',
    'data',
    '£12',
    '€9',
    '✓',
    'and',
    '😀',
    'noted:',
  ];
  let out = `START-${tag} `;
  let i = 0;
  while (out.length < length - 40) {
    out += words[i % words.length];
    out += i % 17 === 16 ? '\n' : ' ';
    i += 1;
  }
  const tail = `END-${tag}`;
  return `${out}${'.'.repeat(Math.max(0, length - out.length - tail.length))}${tail}`;
}

/** The sample record with very long texts on 1.1.1 (evidence) and 1.3.4 (development point). */
export function withLongTexts(record: AssessmentRecord, stageIndex = 0): AssessmentRecord {
  return {
    ...record,
    stages: record.stages.map((s, i) =>
      i !== stageIndex
        ? s
        : {
            ...s,
            entries: s.entries.map((e) => {
              if (e.element === '1.1.1')
                return { ...e, deskTopEvidence: longText(100_000, 'EVIDENCE') };
              if (e.element === '1.3.4')
                return { ...e, developmentNote: longText(40_000, 'DEVPOINT') };
              return e;
            }),
          },
    ),
  };
}
