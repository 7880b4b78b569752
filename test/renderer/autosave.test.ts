import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { EntryPatch, SaveReceipt } from '../../src-renderer/db/index';
import type { PendingWrite, SaveStatus } from '../../src-renderer/state/autosave';
import { AutosaveQueue } from '../../src-renderer/state/autosave';

const at = { organisationId: 'o' as OrganisationId, stageId: 's' as StageId };
const entry = (element: string, patch: EntryPatch): PendingWrite => ({
  kind: 'entry',
  ...at,
  element: element as ElementId,
  patch,
});

function setup(write: (op: PendingWrite) => Promise<SaveReceipt>) {
  const statuses: SaveStatus[] = [];
  const queue = new AutosaveQueue({
    write,
    onStatus: (s) => statuses.push(s),
    describeError: (e) => `failed: ${(e as Error).message}`,
    idleMs: 500,
    maxWaitMs: 3000,
    retryMs: 2000,
  });
  return { queue, statuses };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('autosave', () => {
  it('merges edits of one entry and writes once after the idle time', async () => {
    const write = vi.fn(async (_op: PendingWrite): Promise<SaveReceipt> => ({
      revision: 2,
      committedAt: 't1',
    }));
    const { queue, statuses } = setup(write);
    queue.enqueue(entry('1.1.1', { deskTopEvidence: 'a' }));
    queue.enqueue(entry('1.1.1', { deskTopEvidence: 'ab' }));
    queue.enqueue(entry('1.1.1', { finalMark: 'F' }));
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(499);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]?.[0]).toMatchObject({
      patch: { deskTopEvidence: 'ab', finalMark: 'F' },
    });
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 't1' });
  });

  it('writes at the latest after the maximum wait while typing goes on', async () => {
    const write = vi.fn(async (_op: PendingWrite): Promise<SaveReceipt> => ({
      revision: 2,
      committedAt: 't',
    }));
    const { queue } = setup(write);
    for (let i = 0; i < 40; i += 1) {
      queue.enqueue(entry('1.1.1', { deskTopEvidence: 'x'.repeat(i) }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(write).toHaveBeenCalled();
  });

  it('says Saved only after the write resolves', async () => {
    let resolve: (r: SaveReceipt) => void = () => undefined;
    const { queue, statuses } = setup(() => new Promise((r) => (resolve = r)));
    queue.enqueue(entry('1.1.1', { deskTopEvidence: 'a' }));
    const flushing = queue.flush();
    await vi.advanceTimersByTimeAsync(10);
    expect(statuses.at(-1)).toEqual({ state: 'saving' });
    resolve({ revision: 2, committedAt: 'done' });
    await flushing;
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 'done' });
  });

  it('keeps a failed edit queued, reports it, and retries until it commits', async () => {
    let fail = true;
    const write = vi.fn(async (_op: PendingWrite): Promise<SaveReceipt> => {
      if (fail) throw new Error('disk full');
      return { revision: 3, committedAt: 'later' };
    });
    const { queue, statuses } = setup(write);
    queue.enqueue(entry('2.1.1', { visitEvidence: 'two days of notes' }));
    await queue.flush();
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'failed: disk full' });
    expect(queue.hasPending).toBe(true);
    queue.enqueue(entry('2.1.1', { finalMark: 'P' }));
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'failed: disk full' });
    fail = false;
    await vi.advanceTimersByTimeAsync(2000);
    expect(write.mock.calls.at(-1)?.[0]).toMatchObject({
      patch: { visitEvidence: 'two days of notes', finalMark: 'P' },
    });
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: 'later' });
    expect(queue.hasPending).toBe(false);
  });

  it('keeps an edit made while its earlier version is being written', async () => {
    const written: PendingWrite[] = [];
    let release: () => void = () => undefined;
    const write = vi.fn(async (op: PendingWrite): Promise<SaveReceipt> => {
      written.push(op);
      if (written.length === 1) await new Promise<void>((r) => (release = r));
      return { revision: written.length, committedAt: `t${written.length}` };
    });
    const { queue } = setup(write);
    queue.enqueue(entry('1.1.1', { deskTopEvidence: 'first' }));
    const first = queue.flush();
    await vi.advanceTimersByTimeAsync(1);
    queue.enqueue(entry('1.1.1', { deskTopEvidence: 'second' }));
    release();
    await first;
    await queue.flush();
    expect(written.map((op) => op.patch)).toEqual([
      { deskTopEvidence: 'first' },
      { deskTopEvidence: 'second' },
    ]);
  });

  it('writes different targets in the order they were first edited', async () => {
    const order: string[] = [];
    const { queue } = setup(async (op) => {
      order.push(op.kind === 'entry' ? op.element : op.kind);
      return { revision: 1, committedAt: 't' };
    });
    queue.enqueue(entry('3.1.1', { keyQuestions: 'q' }));
    queue.enqueue({
      kind: 'organisation',
      organisationId: at.organisationId,
      patch: { name: 'N' },
    });
    queue.enqueue(entry('1.1.1', { keyQuestions: 'q' }));
    await queue.flush();
    expect(order).toEqual(['3.1.1', 'organisation', '1.1.1']);
  });

  it('retries a failed write on its own while the writes of other targets go on', async () => {
    const failing = new Set(['1.1.1']);
    const written: string[] = [];
    const write = vi.fn(async (op: PendingWrite): Promise<SaveReceipt> => {
      const element = op.kind === 'entry' ? op.element : op.kind;
      if (failing.has(element)) throw new Error('disk hiccup');
      written.push(element);
      return { revision: 1, committedAt: element };
    });
    const { queue, statuses } = setup(write);
    queue.enqueue(entry('1.1.1', { visitEvidence: 'first' }));
    queue.enqueue(entry('2.1.1', { visitEvidence: 'second' }));
    await queue.flush();
    expect(written).toEqual(['2.1.1']);
    expect(statuses.at(-1)).toEqual({ state: 'error', message: 'failed: disk hiccup' });
    // Later edits of other targets are written at their pause, not held behind the failure.
    queue.enqueue(entry('3.1.1', { visitEvidence: 'third' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(written).toEqual(['2.1.1', '3.1.1']);
    failing.clear();
    await vi.advanceTimersByTimeAsync(2000);
    expect(written).toEqual(['2.1.1', '3.1.1', '1.1.1']);
    expect(statuses.at(-1)).toEqual({ state: 'saved', at: '1.1.1' });
    expect(queue.hasPending).toBe(false);
  });

  it('hands a write refused for good to recovery, drops it, and keeps going', async () => {
    const refused: PendingWrite[] = [];
    const journal = { put: vi.fn(), remove: vi.fn() };
    const queue = new AutosaveQueue({
      write: async (op) => {
        if (op.kind === 'entry' && op.element === '1.1.1') throw new Error('signed off');
        return { revision: 1, committedAt: 'ok' };
      },
      onStatus: () => undefined,
      describeError: String,
      isPermanent: (e) => (e as Error).message === 'signed off',
      onRefused: async (op) => void refused.push(op),
      journal,
      idleMs: 500,
    });
    queue.enqueue(entry('1.1.1', { visitEvidence: 'a' }));
    queue.enqueue(entry('1.1.1', { keyQuestions: 'b' }));
    queue.enqueue(entry('2.1.1', { visitEvidence: 'c' }));
    await queue.flush();
    expect(refused.map((o) => o.patch)).toEqual([{ visitEvidence: 'a', keyQuestions: 'b' }]);
    expect(queue.hasPending).toBe(false);
    expect(journal.put).toHaveBeenCalledTimes(3);
    expect(journal.remove.mock.calls.map((c) => c[0])).toEqual([
      'entry|o|s|1.1.1',
      'entry|o|s|2.1.1',
    ]);
  });

  it('keeps a refused write queued when recovery itself cannot be written', async () => {
    const queue = new AutosaveQueue({
      write: async () => {
        throw new Error('signed off');
      },
      onStatus: () => undefined,
      describeError: String,
      isPermanent: () => true,
      onRefused: async () => {
        throw new Error('database gone');
      },
    });
    queue.enqueue(entry('1.1.1', { visitEvidence: 'never lost' }));
    await queue.flush();
    expect(queue.hasPending).toBe(true);
    expect(queue.pendingFor('o').map((o) => o.patch)).toEqual([{ visitEvidence: 'never lost' }]);
  });
});
