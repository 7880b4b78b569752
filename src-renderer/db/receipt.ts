// The receipt every write of the storage layer resolves with (repository.ts).
/** Proof that a write committed (the awaited transaction finished). */
export interface SaveReceipt {
  readonly revision: number;
  readonly committedAt: string;
}
