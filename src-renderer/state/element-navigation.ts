import type { ElementId } from '../../shared/types/ids';

/**
 * The element after (or before) the one holding focus among those on screen, wrapping never:
 * at the ends it stays. Reads the DOM because filters decide what is on screen.
 */
export function neighbourElement(direction: 1 | -1): ElementId | null {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-element]')];
  if (cards.length === 0) return null;
  const current = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>(
    '[data-element]',
  );
  let index = current ? cards.indexOf(current) : -1;
  if (index < 0) {
    // Nothing focused: start from the first card whose top is below the sticky header.
    index = cards.findIndex((c) => c.getBoundingClientRect().bottom > 80);
    return (cards[Math.max(0, index)]?.dataset.element ?? null) as ElementId | null;
  }
  const next = cards[Math.min(cards.length - 1, Math.max(0, index + direction))];
  return (next?.dataset.element ?? null) as ElementId | null;
}
