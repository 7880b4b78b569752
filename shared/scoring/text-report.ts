import type { StageScore } from './score-types';
import { VERDICT_NAMES } from './score-types';
import { findProfile } from './profiles';

const STATUS_WORDS = { complies: 'yes', fails: 'NO', incomplete: 'open' } as const;

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * A plain-text table of a stage score for terminals and logs: one row per criterion with the
 * counts, the partial maximum and whether it complies, then the verdict and its reasons.
 */
export function renderScoreText(title: string, score: StageScore): string {
  const head = ['Criterion', 'Elems', 'CP', 'F', 'P', 'NC', 'None', 'Max P', 'F/CP', 'Complies'];
  const widths = [38, 5, 3, 3, 3, 3, 4, 5, 6, 8];
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, i > 0))
      .join('  ')
      .trimEnd();
  const rows = score.criteria.map((c) =>
    line([
      `${c.criterion} ${c.name}`.slice(0, 38),
      String(c.elements),
      String(c.cp),
      String(c.f),
      String(c.p),
      String(c.nc),
      String(c.unscored),
      String(c.maxPartial),
      `${(c.fullOrBetterShare * 100).toFixed(1)}%`,
      STATUS_WORDS[c.status],
    ]),
  );
  const profileName = findProfile(score.profile)?.name ?? score.profile;
  const otherName = findProfile(score.otherProfile)?.name ?? score.otherProfile;
  const out = [
    `${title} — rule profile: ${profileName}`,
    line(head),
    ...rows,
    `Verdict: ${VERDICT_NAMES[score.verdict]}` +
      (score.profilesDisagree
        ? ` (under "${otherName}": ${VERDICT_NAMES[score.otherProfileVerdict]})`
        : ''),
    ...score.reasons.map((r) => `  - ${r}`),
  ];
  const takes = score.criteria.flatMap((c) =>
    c.whatItWouldTake ? [c.whatItWouldTake.sentence] : [],
  );
  if (takes.length > 0) out.push('What it would take:', ...takes.map((t) => `  - ${t}`));
  if (score.warnings.length > 0) out.push('Warnings:', ...score.warnings.map((w) => `  - ${w}`));
  return `${out.join('\n')}\n`;
}
