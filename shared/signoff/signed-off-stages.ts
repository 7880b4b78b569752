import type { EvidenceDocument, EvidenceLibrary, EvidenceLink } from '../evidence/types';
import type { StageId } from '../types/ids';
import type { AssessmentRecord, Organisation, Stage } from '../types/record';
import { canonicalJson } from './canonical-json';

/**
 * A signed-off stage is read-only until its sign-off is withdrawn, whatever writes to it: an
 * edit, an undo, or an import of any kind. These helpers let an import keep the stored
 * signed-off stages as they are (and say so in its preview) before it reaches the repository,
 * which refuses any write that would change one.
 */

/**
 * The organisation's fields every sign-off vouches for (signed-content-v2.ts): read-only while
 * any stage is signed off. The planned dates of later stages are not among them: they are
 * planned after a sign-off, by design.
 */
export const SIGNED_HEADER_FIELDS = ['name', 'reference', 'unitsInScope', 'contacts'] as const;
const HEADER_FIELDS = SIGNED_HEADER_FIELDS;

/** The ids of the stages of `record` that are signed off, in record order. */
export function signedOffStageIds(record: AssessmentRecord): StageId[] {
  return record.stages.filter((s) => s.signOff !== undefined).map((s) => s.id);
}

/** True for an organisation field every sign-off vouches for (see `SIGNED_HEADER_FIELDS`). */
export function isSignedHeaderField(field: string): boolean {
  return (SIGNED_HEADER_FIELDS as readonly string[]).includes(field);
}

/** True when any stage of `record` is signed off (its organisation header is then read-only). */
export function hasSignedOffStage(record: AssessmentRecord): boolean {
  return record.stages.some((s) => s.signOff !== undefined);
}

/** A stored signed-off stage an import leaves as it is. */
export interface SkippedStage {
  /** The stage as stored, which is kept. */
  readonly stored: Stage;
  /** The imported stage it stands for (same id, or same kind and cycle), or null. */
  readonly incoming: Stage | null;
  /** True when the import would have changed it (false: the file holds the same content). */
  readonly changed: boolean;
}

/** An import with the stored signed-off stages kept. */
export interface KeptSignOffs {
  /** What to write: the import with the signed-off stages, their links and the header kept. */
  readonly record: AssessmentRecord;
  readonly skipped: readonly SkippedStage[];
  /** True when the import would have changed the organisation header, which was kept. */
  readonly headerKept: boolean;
}

/** A stage without what may differ between two copies of the same content. */
function contentOf(stage: Stage): string {
  return canonicalJson({ ...stage, id: null });
}

function sameHeader(a: Organisation, b: Organisation): boolean {
  return HEADER_FIELDS.every((f) => canonicalJson(a[f]) === canonicalJson(b[f]));
}

/**
 * The signed-off stage each imported one stands for: the same id; else, when its id is not a
 * stored stage's at all (a Word import makes new ids), the same kind and cycle.
 */
function matchStages(
  signed: readonly Stage[],
  incoming: readonly Stage[],
  storedIds: ReadonlySet<string>,
): Map<Stage, Stage> {
  const taken = new Set<Stage>();
  const matches = new Map<Stage, Stage>();
  for (const stage of incoming) {
    const byId = signed.find((s) => s.id === stage.id);
    const match =
      byId ??
      (storedIds.has(stage.id)
        ? undefined
        : signed.find((s) => !taken.has(s) && s.kind === stage.kind && s.cycle === stage.cycle));
    if (match && !taken.has(match)) {
      matches.set(stage, match);
      taken.add(match);
    }
  }
  return matches;
}

/**
 * The evidence library to import with the signed-off stages kept: no imported link into a kept
 * stage (theirs stay as stored), and documents linked from a kept stage as stored.
 */
function keptEvidence(
  incoming: EvidenceLibrary | undefined,
  stored: EvidenceLibrary | undefined,
  keptIds: ReadonlySet<string>,
): EvidenceLibrary | undefined {
  if (!incoming) return incoming;
  const storedLinks = stored?.links ?? [];
  const pinned = new Set(
    storedLinks.filter((l) => keptIds.has(l.stageId)).map((l) => l.documentId as string),
  );
  const storedDocs = new Map((stored?.documents ?? []).map((d) => [d.id as string, d]));
  const documents: EvidenceDocument[] = incoming.documents.map((d) =>
    pinned.has(d.id) ? (storedDocs.get(d.id) ?? d) : d,
  );
  const links: EvidenceLink[] = incoming.links.filter((l) => !keptIds.has(l.stageId));
  return { documents, links };
}

/**
 * `incoming` (an import over `stored`, the same organisation) with every stored signed-off
 * stage kept as stored: an imported stage with its id, or failing that of its kind and cycle,
 * is replaced by it; one the import lacks is kept in its place. While any stage is signed off
 * the organisation header is kept too, and imported links into a kept stage are left out.
 * Without signed-off stages, `incoming` is returned unchanged.
 */
export function keepSignedOffStages(
  stored: AssessmentRecord,
  incoming: AssessmentRecord,
): KeptSignOffs {
  const signed = stored.stages.filter((s) => s.signOff !== undefined);
  if (signed.length === 0) return { record: incoming, skipped: [], headerKept: false };
  const matches = matchStages(signed, incoming.stages, new Set(stored.stages.map((s) => s.id)));
  const skipped: SkippedStage[] = [];
  const stages: Stage[] = incoming.stages.map((stage) => {
    const kept = matches.get(stage);
    if (!kept) return stage;
    skipped.push({ stored: kept, incoming: stage, changed: contentOf(stage) !== contentOf(kept) });
    return kept;
  });
  const matched = new Set(matches.values());
  for (const kept of signed) {
    if (matched.has(kept)) continue;
    skipped.push({ stored: kept, incoming: null, changed: true });
    const at = Math.min(stored.stages.indexOf(kept), stages.length);
    stages.splice(at, 0, kept);
  }
  const keptIds = new Set<string>([
    ...signed.map((s) => s.id),
    ...[...matches.keys()].map((s) => s.id),
  ]);
  const headerKept = !sameHeader(stored.organisation, incoming.organisation);
  const organisation: Organisation = {
    ...incoming.organisation,
    ...Object.fromEntries(HEADER_FIELDS.map((f) => [f, stored.organisation[f]])),
  };
  const evidence = keptEvidence(incoming.evidence, stored.evidence, keptIds);
  return {
    record: { ...incoming, organisation, stages, ...(evidence ? { evidence } : {}) },
    skipped,
    headerKept,
  };
}

/** The stages an import keeps, in words for its preview; empty when it keeps none. */
export function describeKeptSignOffs(
  kept: KeptSignOffs,
  title: (stage: Stage) => string,
): string[] {
  const lines = kept.skipped
    .filter((s) => s.changed)
    .map((s) => {
      const who = s.stored.signOff?.signedOffBy ?? '';
      const what =
        s.incoming === null
          ? 'though this file does not have it'
          : 'and what this file holds for it is skipped';
      return `${title(s.stored)} is signed off (by ${who}), so it is kept as stored, ${what}. Withdraw the sign-off first to import over it.`;
    });
  if (kept.headerKept) {
    lines.push(
      'The organisation’s name, reference, units in scope and contacts are kept as stored, because a stage is signed off.',
    );
  }
  return lines;
}
