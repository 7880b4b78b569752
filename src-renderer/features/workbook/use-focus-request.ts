import { useEffect } from 'react';
import { useApp } from '../../state/use-app';

/**
 * Scrolls to the element named by the store's focus request and focuses its first field, once
 * it is on screen (after filters or a stage change have rendered it).
 */
export function useFocusRequest(): void {
  const request = useApp((s) => s.focusRequest);
  useEffect(() => {
    if (!request) return;
    const card = document.querySelector<HTMLElement>(`[data-element="${request.element}"]`);
    if (!card) return;
    card.scrollIntoView({ block: 'center' });
    card
      .querySelector<HTMLElement>('textarea, [role="radio"][tabindex="0"]')
      ?.focus({ preventScroll: true });
  }, [request]);
}
