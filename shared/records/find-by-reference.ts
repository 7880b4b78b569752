// Assessment reference numbers ("14/5167") name one organisation each: a second organisation
// with a reference already in use makes two identical portfolio lines and two records for one
// client. Creating, re-referencing and importing all ask the same question here.

/** What is needed of a stored organisation to compare references. */
export interface ReferencedOrganisation {
  readonly id: string;
  readonly name: string;
  readonly reference: string;
}

/**
 * A reference as compared: spaces removed, case folded, and the slash look-alikes a typist or
 * a Word table may use ("14 / 5167", "14∕5167", "14⁄5167") read as "/". Empty when none.
 */
export function normaliseReference(reference: string): string {
  return reference
    .normalize('NFKC')
    .replace(/[\u2044\u2215\uFF0F\\]/g, '/')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/**
 * The first organisation of `organisations` whose reference is `reference` (as normalised by
 * `normaliseReference`), other than the one with id `exceptId` (the organisation being edited,
 * or replaced by an import of itself). An empty reference matches nothing.
 */
export function findByReference<T extends ReferencedOrganisation>(
  organisations: readonly T[],
  reference: string,
  exceptId?: string,
): T | null {
  const wanted = normaliseReference(reference);
  if (wanted === '') return null;
  return (
    organisations.find((o) => o.id !== exceptId && normaliseReference(o.reference) === wanted) ??
    null
  );
}

/** The sentence that flags a reference already in use. */
export function referenceInUse(reference: string, holder: ReferencedOrganisation): string {
  return `${reference.trim()} is already the reference of “${holder.name || 'an unnamed organisation'}”.`;
}
