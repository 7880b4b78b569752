import type { ElementId } from '../types/ids';

/** "1 partial compliance", "3 partial compliances". */
export function plural(count: number, one: string, many: string = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "4.3.2", "4.3.2 and 4.3.5", "4.1.1, 4.2.3 and 4.3.5". */
export function listIds(ids: readonly ElementId[]): string {
  if (ids.length <= 1) return ids.join('');
  return `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** A share as the record prints it: 0.7692 → "76.9%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
