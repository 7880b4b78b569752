import type { Catalogue, CatalogueElement } from '../../../shared/catalogue/catalogue';

/**
 * Elements matching what was typed: a number prefix ("4.3", "432" → 4.3.2) first, then words of
 * the statement. At most `limit` results, catalogue order within each group.
 */
export function searchElements(
  catalogue: Catalogue,
  query: string,
  limit = 12,
): CatalogueElement[] {
  const q = query.trim().toLowerCase();
  if (q === '') return catalogue.elements.slice(0, limit);
  const digits = /^\d{1,3}$/.test(q) ? q.split('').join('.') : q;
  const byNumber = catalogue.elements.filter(
    (e) => e.id === digits || e.id.startsWith(digits.endsWith('.') ? digits : `${digits}`),
  );
  const words = q.split(/\s+/).filter((w) => w.length > 1);
  const byText =
    words.length === 0
      ? []
      : catalogue.elements.filter(
          (e) => !byNumber.includes(e) && words.every((w) => e.statement.toLowerCase().includes(w)),
        );
  return [...byNumber, ...byText].slice(0, limit);
}
