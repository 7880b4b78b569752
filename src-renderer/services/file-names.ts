import type { Organisation } from '../../shared/types/record';

/**
 * A safe suggested file name from the organisation: "14-5167 Northfield University.json".
 * Separators and characters Windows refuses become "-"; at most 120 characters.
 */
export function recordFileName(organisation: Organisation, extension: string): string {
  const base = [organisation.reference, organisation.name].filter((s) => s.trim() !== '').join(' ');
  const safe = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    .replace(/[/\\:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(0, 120)
    .trim();
  return `${safe || 'record'}.${extension}`;
}
