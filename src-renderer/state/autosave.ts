import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { EntryPatch, OrganisationPatch, SaveReceipt, StagePatch } from '../db/index';

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

/**
 * Where every queued edit is also kept, synchronously, until it is written (journal.ts): `put`
 * on every change with the merged write, `remove` once it committed or was handed to recovery.
 */
export interface WriteJournal {
  put(key: string, op: PendingWrite): void;
  remove(key: string): void;
}

export interface AutosaveOptions {
  /** Writes one merged change; resolves after the transaction commits. */
  readonly write: (op: PendingWrite) => Promise<SaveReceipt>;
  readonly onStatus: (status: SaveStatus) => void;
  /** Turns a failure into words for the status bar. */
  readonly describeError: (error: unknown) => string;
  /**
   * True when retrying can never succeed (the target is signed off, in the trash or gone, or
   * the value cannot be stored). Such a write leaves the queue through `onRefused`.
   */
  readonly isPermanent?: (error: unknown) => boolean;
  /**
   * Keeps a permanently refused write where the assessor can copy or re-apply it. Only once it
   * resolves is the write dropped from the queue (and the journal); if it rejects, the write
   * stays queued and is retried like any failure.
   */
  readonly onRefused?: (op: PendingWrite, error: unknown) => Promise<void>;
  readonly journal?: WriteJournal;
  /** Quiet time after the last edit before writing (ms). */
  readonly idleMs?: number;
  /** Longest an edit may wait while typing goes on (ms). */
  readonly maxWaitMs?: number;
  /** Pause before the first retry of a failed write (ms); doubles per failure up to a minute. */
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

/** `newer` laid over `older`: the same target, newest field values win. */
export function mergeWrites(older: PendingWrite, newer: PendingWrite): PendingWrite {
  return { ...newer, patch: { ...older.patch, ...newer.patch } } as PendingWrite;
}

const MAX_RETRY_MS = 60_000;

/** A write that failed for a reason that may pass (disk full, storage hiccup). */
interface Failure {
  readonly count: number;
  readonly message: string;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Debounced autosave in which every target is written on its own. Edits are kept in memory
 * (and in the journal) until their write commits. A write that fails for a passing reason stays
 * queued, merged under later edits, and is retried on its own schedule while the writes of other
 * targets go on; a write that can never succeed is handed to `onRefused` and leaves the queue.
 */
export class AutosaveQueue {
  private readonly pending = new Map<string, PendingWrite>();
  private readonly failures = new Map<string, Failure>();
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private maxTimer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private lastSavedAt = '';
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
    const merged = older ? mergeWrites(older, op) : op;
    this.pending.set(key, merged);
    this.options.journal?.put(key, merged);
    if (this.failures.size === 0) this.options.onStatus({ state: 'pending' });
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.run(false), this.idleMs);
    this.maxTimer ??= setTimeout(() => void this.run(false), this.maxWaitMs);
  }

  /** True while edits wait to be written or are being written. */
  get hasPending(): boolean {
    return this.pending.size > 0 || this.running !== null;
  }

  /** The edits of one organisation not yet written, oldest target first. */
  pendingFor(organisationId: string): PendingWrite[] {
    return [...this.pending.values()].filter((op) => op.organisationId === organisationId);
  }

  /** How many targets have edits not yet written. */
  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Writes everything queued now, retries included; resolves when each write has committed,
   * failed or been handed to recovery.
   */
  flush(): Promise<void> {
    return this.run(true);
  }

  private run(force: boolean): Promise<void> {
    this.clearTimers();
    return this.exclusive(async () => {
      if (this.pending.size === 0) return;
      this.options.onStatus({ state: 'saving' });
      for (const [key, op] of [...this.pending]) {
        // Without `force`, a failed write waits for its own retry time.
        if (force || !this.failures.has(key)) await this.writeOne(key, op);
      }
      this.report();
    });
  }

  /** Retries one failed target; the others keep their own schedules. */
  private retry(key: string): Promise<void> {
    return this.exclusive(async () => {
      const op = this.pending.get(key);
      if (op) {
        this.options.onStatus({ state: 'saving' });
        await this.writeOne(key, op);
      } else {
        this.clearFailure(key);
      }
      this.report();
    });
  }

  /** Runs `work` when no other round of writes is running (writes never overlap). */
  private async exclusive(work: () => Promise<void>): Promise<void> {
    while (this.running) await this.running;
    this.running = work();
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Writes one target: committed, refused for good (to recovery) or failed (to retry). */
  private async writeOne(key: string, op: PendingWrite): Promise<void> {
    try {
      const receipt = await this.options.write(op);
      this.lastSavedAt = receipt.committedAt;
      this.clearFailure(key);
      this.settle(key, op);
    } catch (error) {
      if (this.options.isPermanent?.(error) && (await this.refuse(key, error))) return;
      this.fail(key, error);
    }
  }

  /** Forgets `op` unless a newer edit of the same target arrived while it was written. */
  private settle(key: string, op: PendingWrite): void {
    if (this.pending.get(key) !== op) return;
    this.pending.delete(key);
    this.options.journal?.remove(key);
  }

  /** Hands the target's whole pending write (newer edits included) to recovery. */
  private async refuse(key: string, error: unknown): Promise<boolean> {
    const current = this.pending.get(key);
    if (!current || !this.options.onRefused) return false;
    try {
      await this.options.onRefused(current, error);
    } catch {
      return false;
    }
    this.clearFailure(key);
    const latest = this.pending.get(key);
    this.pending.delete(key);
    this.options.journal?.remove(key);
    // Edits typed while recovery was being written are refused the same way next time round.
    if (latest && latest !== current) this.enqueue(latest);
    return true;
  }

  /** Keeps the write queued and schedules its own retry, later after each failure. */
  private fail(key: string, error: unknown): void {
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    this.clearFailure(key);
    const wait = Math.min(MAX_RETRY_MS, this.retryMs * 2 ** (count - 1));
    const timer = setTimeout(() => void this.retry(key), wait);
    this.failures.set(key, { count, message: this.options.describeError(error), timer });
  }

  /** The status after a round of writes: an error while any write waits for a retry. */
  private report(): void {
    const failure = [...this.failures.values()].at(-1);
    if (failure) {
      this.options.onStatus({ state: 'error', message: failure.message });
      return;
    }
    if (this.pending.size > 0) {
      this.options.onStatus({ state: 'pending' });
      if (this.idleTimer) clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => void this.run(false), this.idleMs);
      return;
    }
    this.options.onStatus(
      this.lastSavedAt === '' ? { state: 'idle' } : { state: 'saved', at: this.lastSavedAt },
    );
  }

  private clearFailure(key: string): void {
    const failure = this.failures.get(key);
    if (failure) clearTimeout(failure.timer);
    this.failures.delete(key);
  }

  private clearTimers(): void {
    for (const t of [this.idleTimer, this.maxTimer]) if (t) clearTimeout(t);
    this.idleTimer = null;
    this.maxTimer = null;
  }
}
