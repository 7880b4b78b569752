/** A failed evidence action in words: storage errors already say what happened and what to do. */
export function problemText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message === '' ? 'That did not work. Nothing was changed.' : message;
}
