/** What a command may touch; tests pass fakes, `main.ts` passes the real process. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<Uint8Array>;
  readonly fileSize: (path: string) => Promise<number>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Writes a whole file atomically (temp file in the same folder, flushed, then renamed), so a
   * crash never leaves a half-written file. Optional so that read-only fakes stay valid; the
   * commands that write refuse to run without it.
   */
  readonly writeFileAtomic?: (path: string, bytes: Uint8Array) => Promise<void>;
  /** The environment (settings such as FIELDBOOK_CERTIFYING_BODY); absent: none. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Exit codes: 0 success, 1 the input is invalid, 2 the command line is wrong or a file unreadable. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An expected failure: printed as one message, never with a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly code: ExitCode,
  ) {
    super(message);
  }
}
