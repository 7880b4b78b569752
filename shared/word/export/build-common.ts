import type { Catalogue } from '../../catalogue/catalogue';
import type { RuleProfile } from '../../scoring/profiles';
import { scoreStage } from '../../scoring/score-stage';
import { VERDICT_NAMES } from '../../scoring/score-types';
import { formatLongDate } from '../../types/dates';
import { otherDevelopmentNotes, stageDevelopmentPoints } from '../../records/record-facts';
import type { AssessmentRecord, ElementEntry, Stage } from '../../types/record';
import { SURVEILLANCE_CATEGORY_NAMES } from '../../types/surveillance';
import {
  COLUMN_TITLES,
  DETAIL_LABELS,
  NONE_PARAGRAPHS,
  SCORING_RULES,
  SUBHEADINGS,
  categoryHeading,
  notesHeading,
  signOffHeading,
} from '../layout-text';
import type { WordBlock } from './spec';
import { SHADES, cell, columnsTable, labelTable, paragraph } from './spec-helpers';
import { stageTitle } from '../../records/select-stage';
import { signOffText } from '../../export/record-header';

const COMPLIES = { complies: 'Yes', fails: 'No', incomplete: 'Incomplete' } as const;

/** The CP justifications of the given entries, or the "none" paragraph. */
export function cpBlocks(entries: readonly ElementEntry[]): WordBlock[] {
  const cp = entries.filter((e) => e.cpJustification !== '');
  return [
    paragraph(SUBHEADINGS.cpJustification, 'heading2'),
    cp.length === 0
      ? paragraph(NONE_PARAGRAPHS.cp)
      : columnsTable(
          COLUMN_TITLES.cp,
          cp.map((e) => [e.element, e.finalMark ?? '', e.cpJustification]),
          [12, 8, 80],
        ),
  ];
}

/**
 * The development points at the stage (`stageDevelopmentPoints`, as every export lists them),
 * each with its final mark there and the note exactly as the stage's entry holds it; then the
 * notes kept on elements without a point (`otherDevelopmentNotes`), so that none is lost.
 */
export function developmentBlocks(record: AssessmentRecord, stage: Stage): WordBlock[] {
  const points = stageDevelopmentPoints(record, stage.id);
  const others = otherDevelopmentNotes(record, stage.id);
  const blocks: WordBlock[] = [
    paragraph(SUBHEADINGS.developmentPoints, 'heading2'),
    points.length === 0
      ? paragraph(NONE_PARAGRAPHS.developmentAtStage)
      : columnsTable(
          COLUMN_TITLES.development,
          points.map((p) => [p.element, p.mark ?? '', p.note]),
          [12, 8, 80],
        ),
  ];
  if (others.length > 0) {
    blocks.push(
      paragraph(SUBHEADINGS.otherNotes, 'heading2'),
      columnsTable(
        COLUMN_TITLES.development,
        others.map((o) => [o.element, o.mark ?? '', o.note]),
        [12, 8, 80],
      ),
    );
  }
  return blocks;
}

/** The scoring table of the stage's final marks under the profile, with the rules. */
export function scoringBlocks(
  stage: Stage,
  catalogue: Catalogue,
  profile: RuleProfile,
): WordBlock[] {
  const score = scoreStage(stage, catalogue, 'final', profile);
  const table = columnsTable(
    COLUMN_TITLES.scoring,
    score.criteria.map((c) => [
      `${c.criterion} ${c.name}`,
      String(c.elements),
      String(c.maxPartial),
      String(c.p),
      String(c.cp),
      String(c.nc),
      COMPLIES[c.status],
    ]),
    [28, 12, 13, 13, 12, 11, 11],
  );
  const overall = {
    cells: [
      cell('Overall', { bold: true, shade: SHADES.label }),
      cell(`${VERDICT_NAMES[score.verdict]} (${profile.name})`, { bold: true, span: 6 }),
    ],
  };
  return [
    paragraph(SUBHEADINGS.scoring, 'heading2'),
    { ...table, rows: [...table.rows, overall] },
    ...SCORING_RULES.map((r) => paragraph(r)),
  ];
}

/**
 * The category decided after the stage, the stage's notes and its sign-off, where there are any.
 */
export function closingBlocks(stage: Stage): WordBlock[] {
  const blocks: WordBlock[] = [];
  const decision = stage.surveillance.category;
  const title = stageTitle(stage);
  if (decision) {
    blocks.push(
      paragraph(categoryHeading(title), 'heading2'),
      labelTable([
        [DETAIL_LABELS.category, SURVEILLANCE_CATEGORY_NAMES[decision.category]],
        [DETAIL_LABELS.reason, decision.reason],
        [DETAIL_LABELS.decidedOn, decision.decidedOn ? formatLongDate(decision.decidedOn) : ''],
      ]),
    );
  }
  if (stage.notes !== '') {
    blocks.push(paragraph(notesHeading(title), 'heading2'), {
      kind: 'table',
      widths: [100],
      rows: [
        { header: true, cells: [cell(notesHeading(title), { bold: true, shade: SHADES.header })] },
        { cells: [cell(stage.notes)] },
      ],
    });
  }
  // The same sentence the PDF prints, so a reader of either can check the hash (`fieldbook verify`).
  if (stage.signOff) {
    blocks.push(paragraph(signOffHeading(title), 'heading2'), paragraph(signOffText(stage)));
  }
  return blocks;
}
