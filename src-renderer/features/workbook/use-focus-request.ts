import { useEffect } from 'react';
import { useApp } from '../../state/use-app';

/**
 * Scrolls to the element named by the store's focus request and focuses its first field, once
 * it is on screen (after filters or a stage change have rendered it). When focus is already in
 * that element (undo of a change made there), it stays where it was: on a mark picker it moves
 * to the picker's now-chosen mark, never to the first text field.
 */
export function useFocusRequest(): void {
  const request = useApp((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    const card = document.querySelector<HTMLElement>(`[data-element="${request.element}"]`);
    if (!card) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && card.contains(active)) {
      active
        .closest('[role="radiogroup"]')
        ?.querySelector<HTMLElement>('[role="radio"][tabindex="0"]')
        ?.focus();
      return;
    }
    card.scrollIntoView({ block: 'center' });
    card
      .querySelector<HTMLElement>('textarea, [role="radio"][tabindex="0"]')
      ?.focus({ preventScroll: true });
  }, [request]);
}
