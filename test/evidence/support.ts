// Shared helpers of the evidence tests: the Node readers, the fixtures, the labelled set.
import { readFileSync } from 'node:fs';
import type { ExtractLibraries, Extracted } from '../../shared/evidence/extract';
import { extractDocument } from '../../shared/evidence/extract';
import { nodeExtractLibraries } from '../../src-cli/commands/suggest';

export const FIXTURES = new URL('../fixtures/evidence/', import.meta.url).pathname;

/** The labelled sample documents: file name → the elements an assessor would map it to. */
export function labelledSet(): Record<string, string[]> {
  return JSON.parse(readFileSync(`${FIXTURES}labels.json`, 'utf8')) as Record<string, string[]>;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURES}${name}`));
}

export const LIBS: ExtractLibraries = nodeExtractLibraries();

/** Extracts and fails the test on a refusal. */
export async function extractOk(name: string, bytes: Uint8Array): Promise<Extracted> {
  const result = await extractDocument(name, bytes, LIBS);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.value;
}

/** The refusal of a file, or a failure when it was read. */
export async function refusal(
  name: string,
  bytes: Uint8Array,
): Promise<{ reason: string; message: string }> {
  const result = await extractDocument(name, bytes, LIBS);
  if (result.ok) throw new Error(`${name} was read, expected a refusal`);
  const first = result.errors[0];
  if (!first) throw new Error('no error');
  return first;
}

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
