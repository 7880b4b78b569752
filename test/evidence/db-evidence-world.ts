// Filling a database with an evidence library through the repository (tests and the v2 fixture).
import { extractDocument } from '../../shared/evidence/extract';
import { buildSuggestionModel, SUGGESTER_VERSION } from '../../shared/evidence/model';
import { suggestElements } from '../../shared/evidence/suggest';
import type { ContentHash, DocumentId, EvidenceDocument } from '../../shared/evidence/types';
import type { OrganisationId, StageId } from '../../shared/types/ids';
import type { FieldbookRepository, NewDocument } from '../../src-renderer/db/repository';
import { sha256Hex } from '../../src-cli/commands/suggest';
import { LIBS } from './support';

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
