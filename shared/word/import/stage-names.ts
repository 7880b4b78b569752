import type { StageKind } from '../../types/record';
import { matchKey } from '../text';

/**
 * A stage as a document names it. `assessment` is the template's "Initial / 3-year assessment"
 * (the cycle's full assessment: initial or reassessment); `surveillance` names no number.
 */
export interface StageMention {
  readonly kind: StageKind | 'assessment' | 'surveillance';
  /** The cycle when the text says it ("(cycle 2)"), else `null`. */
  readonly cycle: number | null;
}

/** A stage of the record being imported: kind and cycle. */
export interface StageSlot {
  readonly kind: StageKind;
  readonly cycle: number;
}

/** "surveillance-1#1": the key of a slot in maps. */
export function slotKey(slot: StageSlot): string {
  return `${slot.kind}#${slot.cycle}`;
}

/** The order stages happen in: by cycle, the full assessment first, then SV1, SV2. */
export function slotRank(slot: StageSlot): number {
  const within = slot.kind === 'surveillance-1' ? 1 : slot.kind === 'surveillance-2' ? 2 : 0;
  return slot.cycle * 4 + within;
}

const SV1 = /\b(?:surveillance\s*(?:1|one|i)\b|(?:first|1st)\s+surveillance|sv\s*1\b)/;
const SV2 = /\b(?:surveillance\s*(?:2|two|ii)\b|(?:second|2nd)\s+surveillance|sv\s*2\b)/;
const REASSESSMENT = /\b(?:re-?assessment|re-?certification|triennial)\b/;
const THREE_YEAR = /\b(?:3|three)[\s-]*year/;
const INITIAL = /\b(?:initial|first\s+assessment)\b/;

/** The stage a heading, column title or label names, or `null` when it names none. */
export function stageMention(text: string): StageMention | null {
  const key = matchKey(text);
  const cycleMatch = /\bcycle\s*(\d{1,2})\b/.exec(key);
  const cycle = cycleMatch ? Number(cycleMatch[1]) : null;
  if (SV1.test(key)) return { kind: 'surveillance-1', cycle };
  if (SV2.test(key)) return { kind: 'surveillance-2', cycle };
  const initial = INITIAL.test(key);
  const again = REASSESSMENT.test(key) || THREE_YEAR.test(key);
  if (initial && again) return { kind: 'assessment', cycle };
  if (initial) return { kind: 'initial', cycle: cycle ?? 1 };
  if (again) return { kind: 'reassessment', cycle };
  if (/\bsurveillance\b/.test(key)) return { kind: 'surveillance', cycle };
  if (/\bassessment\b/.test(key)) return { kind: 'assessment', cycle };
  return null;
}

/**
 * Turns mentions into slots in the order a document presents them: cycles start at 1 and a
 * reassessment starts the next one unless the text gives its cycle; "surveillance" without a
 * number is the next one of the current cycle.
 */
export class StageResolver {
  private cycle = 1;
  private readonly seen = new Set<string>();
  private hasAssessment = false;

  /** The slot of a mention, updating the current cycle. */
  resolve(mention: StageMention): StageSlot {
    const slot = this.slotOf(mention);
    this.cycle = slot.cycle;
    if (slot.kind === 'initial' || slot.kind === 'reassessment') this.hasAssessment = true;
    this.seen.add(slotKey(slot));
    return slot;
  }

  private slotOf(mention: StageMention): StageSlot {
    switch (mention.kind) {
      case 'initial':
        return { kind: 'initial', cycle: 1 };
      case 'reassessment':
        return { kind: 'reassessment', cycle: Math.max(2, mention.cycle ?? this.cycle + 1) };
      case 'assessment': {
        if (mention.cycle !== null && mention.cycle > 1) {
          return { kind: 'reassessment', cycle: mention.cycle };
        }
        if (!this.hasAssessment) return { kind: 'initial', cycle: 1 };
        return { kind: this.cycle > 1 ? 'reassessment' : 'initial', cycle: this.cycle };
      }
      case 'surveillance-1':
      case 'surveillance-2':
        return { kind: mention.kind, cycle: mention.cycle ?? this.cycle };
      case 'surveillance': {
        const cycle = mention.cycle ?? this.cycle;
        const first = { kind: 'surveillance-1' as const, cycle };
        return this.seen.has(slotKey(first)) ? { kind: 'surveillance-2', cycle } : first;
      }
    }
  }

  /** The slot last resolved's cycle. */
  currentCycle(): number {
    return this.cycle;
  }
}
