// Filling a database with an evidence library through the repository (tests and the v2 fixture).
import { extractDocument } from '../../shared/evidence/extract';
import { buildSuggestionModel, SUGGESTER_VERSION } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import type {
  ContentHash,
  DocumentId,
  EvidenceDocument,
  LinkId,
} from '../../shared/evidence/types';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { FieldbookRepository, NewDocument } from '../../src-renderer/db/index';
import { sha256Hex } from '../../src-cli/commands/suggest';
import { openWorld, sampleRecord } from '../db/helpers';
import type { TestWorld } from '../db/helpers';
import { LIBS } from './support';

/** The sample record's organisation, its initial assessment and the element links point to. */
export const ORG = 'org-northfield-university' as OrganisationId;
export const IA = 'stage-ia-2015' as StageId;
export const E = '4.3.2' as ElementId;

/** A database at the current schema holding the sample record. */
export async function worldWithSample(): Promise<TestWorld> {
  const world = await openWorld();
  await world.repo.createRecord(sampleRecord());
  return world;
}

/** A link from `documentId` to element E of the initial assessment, with `extra` over it. */
export const link = (id: string, documentId: string, extra: Record<string, unknown> = {}) => ({
  id: id as LinkId,
  documentId: documentId as DocumentId,
  stageId: IA,
  element: E,
  page: 2,
  section: 'Stage 1',
  quote: 'We acknowledge within 3 working days.',
  note: 'Check on site.',
  createdAt: '2026-01-03T10:00:00.000Z',
  ...extra,
});

/** A NewDocument for `name` and `bytes`: text read, suggestions worked out, as the app does. */
export async function newDocument(
  id: string,
  name: string,
  bytes: Uint8Array,
  extra: Partial<EvidenceDocument> = {},
): Promise<NewDocument> {
  const read = await extractDocument(name, bytes, LIBS);
  if (!read.ok) throw new Error(read.errors[0]?.message);
  const suggestions = suggestElements(buildSuggestionModel(), read.value.text.passages, {
    top: 10,
  });
  return {
    document: {
      id: id as DocumentId,
      name,
      mediaType: read.value.mediaType,
      size: bytes.length,
      contentHash: (await sha256Hex(bytes)) as ContentHash,
      kind: read.value.kind,
      addedAt: '2026-01-02T10:00:00.000Z',
      stageId: null,
      period: '',
      trashedAt: null,
      rejectedSuggestions: [],
      ...extra,
    },
    bytes,
    text: read.value.text,
    suggestions,
    suggesterVersion: SUGGESTER_VERSION,
  };
}

export async function addOk(
  repo: FieldbookRepository,
  organisationId: string,
  input: NewDocument,
): Promise<void> {
  const outcome = await repo.addDocument(organisationId as OrganisationId, input);
  if (outcome.kind !== 'added') throw new Error(`expected added, got ${outcome.kind}`);
}

export const asStage = (id: string): StageId => id as StageId;
