import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readExchangeText } from '../../shared/exchange/read';
import { planAlerts } from '../../shared/surveillance/alerts';
import { buildSchedule, nextItem } from '../../shared/surveillance/schedule';
import type { AssessmentRecord } from '../../shared/types/record';
import { d, initialRecord, next, visited } from './support';

function sample(): AssessmentRecord {
  const text = readFileSync(new URL('../fixtures/sample-record.json', import.meta.url), 'utf8');
  const read = readExchangeText(text);
  if (!read.ok) throw new Error('sample invalid');
  return read.value.record;
}

const dates = (record: AssessmentRecord, today: string) =>
  buildSchedule(record, d(today)).map((i) => [i.key, i.due, i.contact, i.state]);

describe('due and contact dates', () => {
  it('anchor on the first day of the initial visit, SV2 on the actual SV1 visit', () => {
    expect(dates(sample(), '2018-02-01')).toEqual([
      ['surveillance-1#1', '2016-03-11', '2016-01-11', 'done'],
      ['surveillance-2#1', '2017-03-10', '2017-01-10', 'done'],
      ['reassessment#2', '2018-03-11', '2018-01-11', 'in-preparation'],
      ['surveillance-1#2', '2019-03-11', '2019-01-11', 'not-started'],
      ['surveillance-2#2', '2020-03-11', '2020-01-11', 'not-started'],
      ['reassessment#3', '2021-03-11', '2021-01-11', 'not-started'],
    ]);
  });

  it('clamp an initial visit on 31 January and on 29 February', () => {
    expect(dates(initialRecord('2015-01-31'), '2015-06-01').slice(0, 3)).toEqual([
      ['surveillance-1#1', '2016-01-31', '2015-11-30', 'not-started'],
      ['surveillance-2#1', '2017-01-31', '2016-11-30', 'not-started'],
      ['reassessment#2', '2018-01-31', '2017-11-30', 'not-started'],
    ]);
    expect(dates(initialRecord('2016-02-29'), '2016-06-01').slice(0, 3)).toEqual([
      ['surveillance-1#1', '2017-02-28', '2016-12-28', 'not-started'],
      ['surveillance-2#1', '2018-02-28', '2017-12-28', 'not-started'],
      ['reassessment#2', '2019-02-28', '2018-12-28', 'not-started'],
    ]);
    // A visit spanning days anchors on its first day; contact two months before 30 April.
    const record = initialRecord('2015-04-30');
    expect(buildSchedule(record, d('2015-05-01'))[0]).toMatchObject({
      due: '2016-04-30',
      contact: '2016-02-29',
    });
  });

  it('anchor SV2 on the SV1 due date until SV1 has taken place', () => {
    const booked = next(
      initialRecord('2015-03-11'),
      { id: 'sv1', kind: 'surveillance-1', cycle: 1 },
      (s) => visited(s, '2016-04-20'),
    );
    const before = buildSchedule(booked, d('2016-04-01'));
    expect(before[0]).toMatchObject({ state: 'booked', heldOn: '2016-04-20' });
    expect(before[1]).toMatchObject({ due: '2017-03-11' });
    expect(before[1]!.basis).toBe(
      '12 months after the Surveillance 1 due date (11 March 2016), as it has not taken place',
    );
    const after = buildSchedule(booked, d('2016-04-20'));
    expect(after[0]!.state).toBe('done');
    expect(after[1]).toMatchObject({ due: '2017-04-20', contact: '2017-02-20' });
    expect(after[1]!.basis).toBe('12 months after the Surveillance 1 visit (20 April 2016)');
  });

  it('takes an off-site stage with visit "N/A" as held on its desk-top review', () => {
    const record = next(
      initialRecord('2015-03-11'),
      { id: 'sv1', kind: 'surveillance-1', cycle: 1 },
      (s) => ({
        ...s,
        dates: {
          ...s.dates,
          visit: { kind: 'na' },
          deskTopReview: { kind: 'date', date: d('2016-03-01') },
        },
      }),
    );
    expect(buildSchedule(record, d('2016-03-02'))[0]).toMatchObject({
      state: 'done',
      heldOn: '2016-03-01',
    });
  });

  it('leaves dates unknown without an initial visit date, and says why', () => {
    const schedule = buildSchedule(initialRecord(null), d('2015-06-01'));
    expect(schedule[0]).toMatchObject({ due: null, contact: null });
    expect(schedule[0]!.basis).toContain('which is not known yet');
    expect(planAlerts(schedule, d('2015-06-01'))).toEqual([]);
  });

  it('picks the first item not done as the next', () => {
    expect(nextItem(buildSchedule(sample(), d('2018-02-01')))?.key).toBe('reassessment#2');
  });
});

describe('overdue and upcoming', () => {
  const record = initialRecord('2015-03-11');

  it('warns of the contact date, then the due date, then overdue', () => {
    const at = (today: string) =>
      planAlerts(buildSchedule(record, d(today)), d(today)).map((a) => [a.kind, a.subject, a.days]);
    expect(at('2015-10-01')).toEqual([]);
    expect(at('2015-11-12')).toEqual([['upcoming', 'contact', 60]]);
    expect(at('2016-01-12')).toEqual([
      ['overdue', 'contact', -1],
      ['upcoming', 'due', 59],
    ]);
    expect(at('2016-03-12')).toEqual([
      ['overdue', 'contact', -61],
      ['overdue', 'due', -1],
    ]);
  });

  it('says it in plain words', () => {
    const alerts = planAlerts(buildSchedule(record, d('2016-03-12')), d('2016-03-12'));
    expect(alerts.map((a) => a.sentence)).toEqual([
      'Contact the client about Surveillance 1: that was due on 11 January 2016 (61 days ago), two months before it is due, and no contact is recorded.',
      'Surveillance 1 is overdue: it was due on 11 March 2016 (yesterday) and it has not been started.',
    ]);
    const soon = planAlerts(buildSchedule(record, d('2016-01-01')), d('2016-01-01'));
    expect(soon.map((a) => a.sentence)).toEqual([
      'Contact the client about Surveillance 1 on 11 January 2016 (in 10 days), two months before it is due.',
    ]);
  });

  it('drops the contact alert once a contact is recorded, and everything once done', () => {
    const started = next(record, { id: 'sv1', kind: 'surveillance-1', cycle: 1 }, (s) => ({
      ...s,
      surveillance: { ...s.surveillance, contactedOn: d('2016-01-05') },
    }));
    const alerts = planAlerts(buildSchedule(started, d('2016-02-01')), d('2016-02-01'));
    expect(alerts.map((a) => a.sentence)).toEqual([
      'Surveillance 1 is due on 11 March 2016 (in 39 days); no visit date is set.',
    ]);
    const held = {
      ...started,
      stages: [started.stages[0]!, visited(started.stages[1]!, '2016-03-01')],
    };
    expect(planAlerts(buildSchedule(held, d('2016-03-02')), d('2016-03-02'))).toEqual([]);
  });

  it('uses the horizon it is given', () => {
    const schedule = buildSchedule(record, d('2015-12-01'));
    expect(planAlerts(schedule, d('2015-12-01'), 30)).toEqual([]);
    expect(planAlerts(schedule, d('2015-12-01'), 41)).toHaveLength(1);
  });
});
