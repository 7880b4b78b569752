import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { EntryPatch, OrganisationPatch, SaveReceipt, StagePatch } from '../db/repository';

/** One pending write; patches for the same target merge, newest field values win. */
export type PendingWrite =
  | {
      readonly kind: 'entry';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
      readonly element: ElementId;
      readonly patch: EntryPatch;
    }
  | {
      readonly kind: 'stage';
      readonly organisationId: OrganisationId;
      readonly stageId: StageId;
      readonly patch: StagePatch;
    }
  | {
      readonly kind: 'organisation';
      readonly organisationId: OrganisationId;
      readonly patch: OrganisationPatch;
    };

/**
 * What the status bar shows. `saved` is only reported after the database transaction has
 * committed; while anything is queued or being written the state is `pending` or `saving`.
 */
export type SaveStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'error'; readonly message: string };

export interface AutosaveOptions {
  /** Writes one merged change; resolves after the transaction commits. */
  readonly write: (op: PendingWrite) => Promise<SaveReceipt>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Turns a failure into words for the status bar. */
  readonly describeError: (error: unknown) => string;
  /** Quiet time after the last edit before writing (ms). */
  readonly idleMs?: number;
  /** Longest an edit may wait while typing goes on (ms). */
  readonly maxWaitMs?: number;
  /** Pause before retrying after a failure (ms). */
  readonly retryMs?: number;
}

export function writeKey(op: PendingWrite): string {
  switch (op.kind) {
    case 'entry':
      return `entry|${op.organisationId}|${op.stageId}|${op.element}`;
    case 'stage':
      return `stage|${op.organisationId}|${op.stageId}`;
    case 'organisation':
      return `organisation|${op.organisationId}`;
  }
}

function merge(older: PendingWrite, newer: PendingWrite): PendingWrite {
  return { ...newer, patch: { ...older.patch, ...newer.patch } } as PendingWrite;
}

/**
 * Debounced, ordered autosave. Edits are kept in memory until their write commits; a failed
 * write stays queued (merged under later edits) and is retried, so nothing typed is dropped.
 */
export class AutosaveQueue {
  private readonly pending = new Map<string, PendingWrite>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private maxTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private failed = false;
  private readonly idleMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: AutosaveOptions) {
    this.idleMs = options.idleMs ?? 600;
    this.maxWaitMs = options.maxWaitMs ?? 5000;
    this.retryMs = options.retryMs ?? 5000;
  }

  /** Queues an edit; it is written after `idleMs` of quiet or `maxWaitMs` at the latest. */
  enqueue(op: PendingWrite): void {
    const key = writeKey(op);
    const older = this.pending.get(key);
    this.pending.set(key, older ? merge(older, op) : op);
    if (!this.failed) this.options.onStatus({ state: 'pending' });
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.flush(), this.idleMs);
    this.maxTimer ??= setTimeout(() => void this.flush(), this.maxWaitMs);
  }

  /** True while edits wait to be written or are being written. */
  get hasPending(): boolean {
    return this.pending.size > 0 || this.running !== null;
  }

  /** Writes everything queued now; resolves when it has committed or failed. */
  async flush(): Promise<void> {
    this.clearTimers();
    while (this.running) await this.running;
    if (this.pending.size === 0) return;
    this.running = this.drain();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  private async drain(): Promise<void> {
    this.options.onStatus({ state: 'saving' });
    let lastAt = '';
    for (const [key, op] of [...this.pending]) {
      try {
        const receipt = await this.options.write(op);
        lastAt = receipt.committedAt;
        // Only forget the op if no newer edit for the same key arrived while it was written.
        if (this.pending.get(key) === op) this.pending.delete(key);
      } catch (error) {
        this.failed = true;
        this.options.onStatus({ state: 'error', message: this.options.describeError(error) });
        this.retryTimer = setTimeout(() => void this.flush(), this.retryMs);
        return;
      }
    }
    this.failed = false;
    if (this.pending.size > 0) {
      this.options.onStatus({ state: 'pending' });
      this.idleTimer = setTimeout(() => void this.flush(), this.idleMs);
    } else {
      this.options.onStatus({ state: 'saved', at: lastAt });
    }
  }

  private clearTimers(): void {
    for (const t of [this.idleTimer, this.maxTimer, this.retryTimer]) if (t) clearTimeout(t);
    this.idleTimer = null;
    this.maxTimer = null;
    this.retryTimer = null;
  }
}
