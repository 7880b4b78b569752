import type { ReactElement } from 'react';
import { useApp } from '../../state/use-app';

/** The progress indication of a running export or import. */
export function BusyIndicator(): ReactElement | null {
  const busy = useApp((s) => s.busy);
  if (!busy) return null;
  return (
    <div className="busy" role="status" aria-live="polite" data-testid="busy">
      <span className="spinner" aria-hidden="true" />
      {busy}
    </div>
  );
}
