import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { focusRingProblems, textContrastProblems } from './contrast';

/** The WCAG 2.2 AA rule sets the app is held to (colour contrast included). */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Where screenshots of screens go: `SCREENSHOTS_DIR` (`npm run screenshots` sets it to
 * docs/screenshots), else out/screenshots of this tree.
 */
export const SCREENSHOTS_DIR =
  process.env.SCREENSHOTS_DIR ?? new URL('../../../out/screenshots/', import.meta.url).pathname;

/** One violation in words a failing test can show: rule, impact, the nodes and why. */
function describe(violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, ' ')}`)
        .join('\n');
      return `  ${v.id} (${v.impact ?? '?'}): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * Contrast axe measured but filed as "incomplete" rather than failing: a ratio below what it
 * expected (it takes 1:1 for hidden text, which is how white-on-white text went unnoticed).
 */
function measuredContrastFailures(results: AxeResults): string[] {
  return results.incomplete
    .filter((r) => r.id === 'color-contrast')
    .flatMap((r) => r.nodes)
    .flatMap((n) =>
      n.any.flatMap((check) => {
        const data = check.data as { contrastRatio?: number; expectedContrastRatio?: string };
        const needed = Number.parseFloat(data?.expectedContrastRatio ?? '');
        return typeof data?.contrastRatio === 'number' &&
          data.contrastRatio > 0 &&
          data.contrastRatio < needed
          ? [`${n.target.join(' ')}: ${data.contrastRatio}:1, needs ${needed}:1`]
          : [];
      }),
    );
}

/**
 * The accessibility gate of a screen, or of a dialog or menu in its open state: axe at WCAG 2.2
 * AA over the whole page (or the parts named by `within`, for an open menu whose page was just
 * checked), plus the contrast axe leaves undecided: measured ratios it filed as incomplete,
 * every visible text of the open dialog or page, and every focus outline at 3:1. Throws,
 * listing every problem, unless there is none. Focus is where it was afterwards.
 */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  within: readonly string[] = [],
): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags([...WCAG_22_AA]);
  for (const selector of within) builder.include(selector);
  const results = await builder.analyze();
  const contrast = [
    ...measuredContrastFailures(results),
    ...[...(await textContrastProblems(page)), ...(await focusRingProblems(page))].map(
      (p) => `${p.what}: ${p.ratio}:1, needs ${p.needed}:1`,
    ),
  ];
  const problems = [
    ...(results.violations.length > 0 ? [describe(results.violations)] : []),
    ...(contrast.length > 0
      ? [`  contrast:\n${[...new Set(contrast)].map((c) => `    ${c}`).join('\n')}`]
      : []),
  ];
  if (problems.length > 0) {
    throw new Error(`accessibility problems on "${label}":\n${problems.join('\n')}`);
  }
}

export interface ShotOptions {
  /** Check only these parts with axe (an open menu on a page checked just before). */
  readonly within?: readonly string[];
  /** The whole page rather than the viewport. */
  readonly fullPage?: boolean;
  /** Only this part of the page. */
  readonly part?: Locator;
}

/** Saves a screenshot (of the viewport, unless told) as `<SCREENSHOTS_DIR>/<name>.png`. */
export async function saveScreenshot(
  page: Page,
  name: string,
  opts: ShotOptions = {},
): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  if (opts.part) await opts.part.screenshot({ path });
  else await page.screenshot({ path, fullPage: opts.fullPage ?? false });
}

/** Keeps a screenshot of a screen or open dialog, then checks it with axe. */
export async function checkScreen(page: Page, name: string, opts: ShotOptions = {}): Promise<void> {
  await saveScreenshot(page, name, opts);
  await expectNoAxeViolations(page, name, opts.within);
}
