/**
 * Keystroke → committed with the journal of pending edits (src-renderer/state/journal.ts: a
 * synchronous `localStorage` write on every change) and without it (`?probe&nojournal`), in one
 * browser session on the same data, in alternating blocks (with, without, with, without) so that
 * drift of a shared machine falls on both. `npx tsx bench/run.ts --only=keystroke`.
 */
import { openWithProbe, startBench } from './browser';
import type { Metric } from './report';
import type { WebOptions } from './web-sessions';
import { SUFFIX, log, seed } from './web-sessions';
import { keystrokeBench } from './web-keystroke';

export async function journalComparison(o: WebOptions): Promise<readonly Metric[]> {
  const b = await startBench();
  try {
    await seed(b, 'real-', 2, false);
    const metrics: Metric[] = [];
    const blocks = [
      ['journal-1', 'probe'],
      ['no-journal-1', 'probe&nojournal'],
      ['journal-2', 'probe'],
      ['no-journal-2', 'probe&nojournal'],
    ] as const;
    for (const [label, query] of blocks) {
      await openWithProbe(b.page, b.server.url, query);
      const journal = await b.page.evaluate(() =>
        Object.keys(localStorage).some((k) => k.startsWith('cse-fieldbook-journal|')),
      );
      console.log(`${label}: ${query} (journal entries present before: ${journal})`);
      metrics.push(
        ...log(
          await keystrokeBench(b.page, {
            label,
            orgId: 'real-0000',
            stageId: `real-0000${SUFFIX}`,
            element: '1.1.1',
            samples: o.samples,
            debounceSamples: 5,
          }),
        ),
      );
    }
    return metrics;
  } finally {
    await b.close();
  }
}
