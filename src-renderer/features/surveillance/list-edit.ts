/**
 * Pure edits of the ordered lists the surveillance screens keep (on-site plan rows, significant
 * changes). Each returns a new array and never touches its input; an index out of range leaves
 * the list as it was (same contents, new array).
 */

/** The list with the item at `index` replaced by `item`. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

/** The list without the item at `index`. */
export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** The list with `item` inserted at `index` (clamped to the ends). */
export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(index, items.length));
  return [...items.slice(0, at), item, ...items.slice(at)];
}

/** The list with the item at `index` moved one place up (`-1`) or down (`1`), if it can move. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  const copy = [...items];
  const a = copy[index];
  const b = copy[target];
  if (a === undefined || b === undefined) return copy;
  copy[index] = b;
  copy[target] = a;
  return copy;
}
