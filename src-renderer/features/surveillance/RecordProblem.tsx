import type { ReactElement } from 'react';

/** What a surveillance page shows while its record loads, or why it cannot be shown. */
export function RecordProblem({ error }: { readonly error: string | null }): ReactElement {
  return error ? (
    <p role="alert" className="empty">
      {error}
    </p>
  ) : (
    <p className="empty">Loading…</p>
  );
}
