import type { BlockSpec } from './docx-builder';
import { buildDocx, h1, h2, headerRow, p, row, table } from './docx-builder';
import type { Fixture } from './fixtures-ab';
import { A, scoringTable, tidyAnalysis } from './fixtures-ab';
import type { ElementTruth } from './truth';
import { standardTruth, withChanges } from './truth';

export const D = {
  reference: '15/0777',
  name: 'Westmoor College',
  assessor: 'Amir Haddad',
  templateNote: 'A surveillance visit is carried out every year by the certifying body.',
  change: 'Benchmarking report seen and used.',
} as const;

/** The initial assessment's truth and surveillance 1's, as the document states them. */
export interface FixtureD extends Fixture {
  readonly surveillance1: readonly ElementTruth[];
}

/**
 * A record after its first surveillance: section 1, then section 2 (documents with receipt,
 * development points with the client's response, activities, on-site plan) and section 3 (what
 * has changed, progress, the scores that changed as sentences and as a table, the category),
 * then the section 2 of the second surveillance, planned.
 */
export async function fixtureD(): Promise<FixtureD> {
  const truth = standardTruth('Westmoor');
  // Surveillance 1 starts as the app starts one (`carriedEntry`): the final marks carried, the
  // previous visit's evidence and VO not; section 3 then lists what changed at it.
  const surveillance1 = withChanges(
    truth.map((x) => ({ ...x, dtr: x.final, visit: '', vo: false })),
    {
      '4.2.3': { final: 'F', visit: D.change, vo: false },
      '5.3.3': { final: 'F' },
    },
  );
  const blocks: BlockSpec[] = [
    table([
      row('Assessment reference number', D.reference),
      row('Name of organisation', D.name),
      row('Name of assessor – Initial assessment', D.assessor),
      row('Name of assessor – Surveillance 1', D.assessor),
      row('Date of first desk-top analysis', '5 January 2015'),
      row('Assessment visit dates', '3 February 2015'),
      row('Date of first surveillance', '4 February 2016'),
    ]),
    h1('Section 1 – Assessment analysis'),
    ...tidyAnalysis(truth, A.spellings),
    h2('Compliance Plus justification'),
    table([
      headerRow('Element', 'Compliance Plus justification'),
      ...truth.filter((x) => x.cp).map((x) => row(x.id, x.cp)),
    ]),
    h2('Development points'),
    table([
      headerRow('Element', 'Development point'),
      ...truth.filter((x) => x.dev).map((x) => row(x.id, x.dev)),
    ]),
    h1('SECTION 2 – SURVEILLANCE DOCUMENTATION'),
    table([
      row('Reference number', D.reference),
      row('Assessor', D.assessor),
      row('Date of surveillance visit', '4 February 2016'),
      row('Number of days required', '1 day'),
      row('Surveillance category after the previous stage', 'High'),
      row('Date client contacted', '1 December 2015'),
    ]),
    p(D.templateNote),
    table([
      headerRow('Documents requested', 'Receipt confirmed', 'Date received'),
      row(
        'Latest performance data for core business against the standards set',
        '✓',
        '5 January 2016',
      ),
      row('Latest customer satisfaction results', 'Yes', '6th January 2016'),
      row('Latest complaints report', 'No', ''),
      row('Latest annual report', '', ''),
    ]),
    table([
      headerRow('Development point', 'Client response'),
      row(
        '1.3.4 Development point for 1.3.4: publish the results and the action taken.',
        'Targets now set per group',
      ),
      row('4.2.3', 'Benchmarking club joined'),
    ]),
    table([
      headerRow('Activity', 'Done', 'Note'),
      row('Use of the certification mark', 'Yes', 'Logo on the web site'),
      row('Observe the service in action', 'x', ''),
    ]),
    h2('On-site plan'),
    table([
      headerRow('Date', 'Time', 'Key people to be seen', 'Key issues to be explored'),
      row(
        '4 February 2016',
        '09:30-10:30',
        'Head of Service',
        'Development points 1.3.4 and 4.2.3',
      ),
    ]),
    h1('SECTION 3 – SURVEILLANCE REPORT'),
    table([
      headerRow('Criterion', 'What has changed since the first assessment'),
      row('Criterion 1', 'Satisfaction survey now quarterly'),
      row('2', 'New HR system'),
      row('Timeliness and Quality of Service', 'No change'),
    ]),
    h2('Progress against development points'),
    table([
      headerRow('Development point', 'Progress', 'Status'),
      row('1.3.4', 'Targets seen', 'Progressing'),
      row('4.2.3', 'Benchmarking report seen', 'Cleared'),
    ]),
    h2('Which element scores have changed since the first assessment?'),
    p(`4.2.3: P → F ${D.change}`),
    table([headerRow('Element', 'Previous score', 'New score'), row('5.3.3', 'P', 'F')]),
    table([
      row('Surveillance category', 'Low'),
      row('Reason', 'Development points progressing well'),
    ]),
    scoringTable(
      [
        'Criterion',
        'Number of elements',
        'Maximum partials',
        'Actual partials',
        'Actual compliance plus',
        'Non-compliances',
      ],
      [
        [11, 2, 1, 1, 0],
        [11, 2, 1, 0, 0],
        [12, 2, 0, 1, 0],
        [13, 3, 2, 0, 0],
        [10, 2, 0, 0, 0],
      ],
    ),
    h1('SECTION 2 – SURVEILLANCE DOCUMENTATION (SECOND SURVEILLANCE)'),
    table([row('Date of surveillance visit', 'TBC'), row('Number of days required', '1')]),
  ];
  return { bytes: await buildDocx(blocks), truth, surveillance1 };
}
