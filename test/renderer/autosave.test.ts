import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElementId, OrganisationId, StageId } from '../../shared/types/ids';
import type { EntryPatch, SaveReceipt } from '../../src-renderer/db/repository';
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
});
