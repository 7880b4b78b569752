/** The outcome of an operation that can fail with expected, reportable errors. */
export type Result<T, E> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly E[] };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<E>(errors: readonly E[]): {
  readonly ok: false;
  readonly errors: readonly E[];
} {
  return { ok: false, errors };
}

/** Closes a discriminated union: the compiler proves this is never reached. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
