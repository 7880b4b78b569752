import type { ReactElement } from 'react';
import type { Verdict } from '../../shared/scoring/score-types';
import { VERDICT_NAMES } from '../../shared/scoring/score-types';

/** The verdict as a coloured pill; the text carries the meaning, colour only supports it. */
export function VerdictBadge({ verdict }: { readonly verdict: Verdict }): ReactElement {
  return <span className={`badge ${verdict}`}>{VERDICT_NAMES[verdict]}</span>;
}
