import { describe, expect, it } from 'vitest';
import type { WorkerLike } from '../../src-renderer/services/evidence/extract-client';
import { ExtractClient } from '../../src-renderer/services/evidence/extract-client';
import type {
  ExtractRequest,
  ExtractResponse,
} from '../../src-renderer/services/evidence/extract-protocol';

/**
 * A stand-in for the extraction worker: it answers every document after a few milliseconds,
 * except "stall.html", on which it hangs for ever, as a worker stuck in a regular expression
 * does (such a worker cannot answer anything else either).
 */
class FakeWorker implements WorkerLike {
  readonly seen: string[] = [];
  terminated = false;
  private stalled = false;
  private readonly listeners: ((event: MessageEvent<ExtractResponse>) => void)[] = [];

  postMessage(message: ExtractRequest): void {
    this.seen.push(message.name);
    if (this.stalled || this.terminated) return;
    if (message.name === 'stall.html') {
      this.stalled = true;
      return;
    }
    setTimeout(() => {
      if (this.stalled || this.terminated) return;
      const data: ExtractResponse = {
        kind: 'failed',
        id: message.id,
        problem: { reason: 'not-text', message: `read ${message.name}` },
      };
      for (const l of this.listeners) l({ data } as MessageEvent<ExtractResponse>);
    }, 5);
  }

  addEventListener(type: string, listener: (event: never) => void): void {
    if (type === 'message')
      this.listeners.push(listener as (e: MessageEvent<ExtractResponse>) => void);
  }

  terminate(): void {
    this.terminated = true;
  }
}

describe('ExtractClient', () => {
  it('ends a worker that stalls, refuses that document as not read in time, and reads the later ones in a new worker', async () => {
    const workers: FakeWorker[] = [];
    const client = new ExtractClient({
      timeBudgetMs: 200,
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
    });
    const bytes = new TextEncoder().encode('<p>x</p>');
    const outcomes = await Promise.all(
      ['first.html', 'stall.html', 'after.html', 'last.html'].map((name) =>
        client.extract(name, bytes, () => undefined),
      ),
    );
    const messages = outcomes.map((o) => (o.ok ? 'ok' : o.problem.message));
    expect(messages[0]).toBe('read first.html');
    expect(messages[1]).toBe(
      '"stall.html" could not be read in time: reading stopped after 1 second (the file may be damaged, or made to stall readers). Nothing was added.',
    );
    expect(!outcomes[1]!.ok && outcomes[1]!.problem.reason).toBe('timed-out');
    expect(messages.slice(2)).toEqual(['read after.html', 'read last.html']);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[0]!.seen).toEqual(['first.html', 'stall.html']);
    expect(workers[1]!.seen).toEqual(['after.html', 'last.html']);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('never keeps the caller waiting past the budget, and leaves the caller its bytes', async () => {
    const client = new ExtractClient({ timeBudgetMs: 100, createWorker: () => new FakeWorker() });
    const bytes = new TextEncoder().encode('<p>x</p>');
    const started = performance.now();
    const outcome = await client.extract('stall.html', bytes, () => undefined);
    expect(outcome.ok).toBe(false);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(bytes.length).toBe(8);
  });
});

describe('ExtractClient.dispose', () => {
  function client(): { client: ExtractClient; workers: FakeWorker[] } {
    const workers: FakeWorker[] = [];
    const c = new ExtractClient({
      timeBudgetMs: 5_000,
      createWorker: () => {
        const worker = new FakeWorker();
        workers.push(worker);
        return worker;
      },
    });
    return { client: c, workers };
  }
  const bytes = new TextEncoder().encode('<p>x</p>');

  it('ends an idle worker at once, and a later document starts a new one', async () => {
    const { client: c, workers } = client();
    await c.extract('a.html', bytes, () => undefined);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(false);
    c.dispose();
    expect(workers[0]?.terminated).toBe(true);
    const outcome = await c.extract('b.html', bytes, () => undefined);
    expect(outcome).toEqual({ ok: false, problem: { reason: 'not-text', message: 'read b.html' } });
    expect(workers).toHaveLength(2);
    expect(workers[1]?.terminated).toBe(false);
  });

  it('reads what it was given before ending the worker', async () => {
    const { client: c, workers } = client();
    const pending = [
      c.extract('a.html', bytes, () => undefined),
      c.extract('b.html', bytes, () => undefined),
    ];
    c.dispose();
    expect(workers[0]?.terminated).toBe(false);
    const outcomes = await Promise.all(pending);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.problem.message))).toEqual([
      'read a.html',
      'read b.html',
    ]);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.terminated).toBe(true);
  });
});
