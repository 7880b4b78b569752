import { basename } from 'node:path';
import type { ReadBundle } from '../../shared/evidence/bundle';
import { MAX_BUNDLE_BYTES, readBundle } from '../../shared/evidence/bundle';
import { extractDocument } from '../../shared/evidence/extract';
import { EvidenceSearchIndex } from '../../shared/evidence/search-index';
import type { SearchHit } from '../../shared/evidence/search-index';
import { citePlace } from '../../shared/evidence/types';
import type { DocumentId, EvidenceDocument } from '../../shared/evidence/types';
import { formatExchangeError } from '../../shared/exchange/errors';
import type { CliIo, ExitCode } from '../io';
import { CliError, EXIT } from '../io';
import { nodeExtractLibraries, sha256Hex } from './suggest';

export interface SearchCommandOptions {
  readonly json: boolean;
  readonly limit: string | undefined;
}

async function openBundle(io: CliIo, path: string): Promise<ReadBundle> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch {
    throw new CliError(`cannot read ${path}: no such file`, EXIT.usage);
  }
  if (size > MAX_BUNDLE_BYTES)
    throw new CliError(`${path} is too large to be a bundle (${size} bytes)`, EXIT.invalid);
  const read = await readBundle(await io.readFile(path), sha256Hex);
  if (!read.ok) {
    throw new CliError(`${path}: ${read.errors.map(formatExchangeError).join('; ')}`, EXIT.invalid);
  }
  return read.value;
}

function shown(hit: SearchHit): string {
  return hit.snippet.map((p) => (p.hit ? `«${p.text}»` : p.text)).join('');
}

/**
 * `fieldbook search <bundle.zip> <query> [--json] [--limit N]`: reads the documents of a record
 * bundle and prints the passages that match, best first, each cited ("p. 3", "§ Escalation")
 * with the matched words marked «like this». Documents the record lists without their file are
 * named on stderr; exit 1 when nothing matches.
 */
export async function searchCommand(
  io: CliIo,
  bundlePath: string,
  query: string,
  options: SearchCommandOptions,
): Promise<ExitCode> {
  const limit = options.limit === undefined ? 20 : Number(options.limit);
  if (!Number.isInteger(limit) || limit < 1)
    throw new CliError(`--limit must be a whole number of 1 or more`, EXIT.usage);
  if (query.trim() === '')
    throw new CliError('fieldbook search: give words to search for', EXIT.usage);
  const bundle = await openBundle(io, bundlePath);
  const documents = new Map<DocumentId, EvidenceDocument>();
  const index = new EvidenceSearchIndex();
  const libs = nodeExtractLibraries();
  for (const document of bundle.read.record.evidence?.documents ?? []) {
    const bytes = bundle.files.get(document.contentHash);
    if (!bytes || document.trashedAt !== null) continue;
    const extracted = await extractDocument(document.name, bytes, libs);
    if (!extracted.ok) {
      io.err(`fieldbook: ${extracted.errors.map((e) => e.message).join(' ')}\n`);
      continue;
    }
    documents.set(document.id, document);
    index.add(document.id, document.name, extracted.value.text.passages);
  }
  if (bundle.missing.length > 0) {
    io.err(
      `fieldbook: not in the bundle, so not searched: ${bundle.missing.map((d) => `"${d.name}"`).join(', ')}\n`,
    );
  }
  const hits = index.search(query, { limit });
  const cite = (hit: SearchHit): string => {
    const name = documents.get(hit.documentId)?.name ?? hit.documentId;
    const place = citePlace(hit.passage);
    return place === '' ? name : `${name}, ${place}`;
  };
  if (options.json) {
    const rows = hits.map((hit) => ({
      document: documents.get(hit.documentId)?.name ?? hit.documentId,
      page: hit.passage.page,
      section: hit.passage.section,
      snippet: hit.snippet.map((p) => p.text).join(''),
      matched: hit.snippet.filter((p) => p.hit).map((p) => p.text),
      score: Math.round(hit.score * 1000) / 1000,
    }));
    io.out(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    const inDocs = new Set(hits.map((h) => h.documentId)).size;
    io.out(
      `${hits.length} passage${hits.length === 1 ? '' : 's'} in ${inDocs} document${inDocs === 1 ? '' : 's'} of ${basename(bundlePath)} for "${query}"\n`,
    );
    for (const hit of hits) io.out(`\n${cite(hit)}\n  ${shown(hit)}\n`);
  }
  return hits.length > 0 ? EXIT.ok : EXIT.invalid;
}
