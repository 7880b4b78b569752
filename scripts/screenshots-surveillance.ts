/**
 * Takes the screenshots of the surveillance screens from the browser build:
 * `npx electron-vite build && npx tsx scripts/screenshots-surveillance.ts`.
 *
 * Imports the sample record moved ten years on (initial assessment March 2025, surveillance 1
 * March 2026, surveillance 2 booked for March 2027) with the clock fixed at 20 January 2027,
 * plus two smaller organisations for the portfolio's "Due & overdue" view; then captures the
 * plan, the development points, the on-site plan of surveillance 2 (suggested rows) and the
 * report of surveillance 1 into docs/screenshots/surveillance-*.png, with the category after
 * surveillance 1 (a decision overriding the suggestion) and the portfolio's due view.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { newProfileDir, openApp, startChromium } from '../test/e2e-web/support/chromium';
import { serveWebBuild } from '../test/e2e-web/support/web-build';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const SAMPLE = new URL('../test/fixtures/sample-record.json', import.meta.url).pathname;
const TODAY = new Date('2027-01-20T09:00:00Z');

interface Variant {
  readonly file: string;
  readonly years: number;
  readonly id: string;
  readonly name: string;
  readonly reference: string;
  /** How many stages of the sample to keep. */
  readonly stages: number;
  /** Prefix of its stage ids: stage ids are unique across organisations. */
  readonly prefix: string;
}

/** The sample record with every ISO date moved `years` on, renamed and cut to `stages`. */
function variant(v: Variant): string {
  const moved = readFileSync(SAMPLE, 'utf8').replace(
    /(["/])(\d{4})-(\d{2})-(\d{2})/g,
    (_, lead: string, y: string, m: string, d: string) => `${lead}${Number(y) + v.years}-${m}-${d}`,
  );
  const doc = JSON.parse(moved.replace(/stage-(ia|sv1|sv2|ra)-/g, `${v.prefix}stage-$1-`)) as {
    organisation: { id: string; name: string; reference: string };
    stages: { id: string; surveillance: { contactedOn: unknown; onSitePlan: unknown[] } }[];
  };
  doc.organisation.id = v.id;
  doc.organisation.name = v.name;
  doc.organisation.reference = v.reference;
  doc.stages = doc.stages.slice(0, v.stages);
  const last = doc.stages[doc.stages.length - 1];
  if (last && v.stages === 3) {
    // Surveillance 2 is being prepared: no contact recorded yet, its on-site plan still to make.
    last.surveillance.contactedOn = null;
    last.surveillance.onSitePlan = [];
  }
  const path = join(tmpdir(), v.file);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

const VARIANTS: readonly Variant[] = [
  {
    file: 'northfield.json',
    years: 10,
    id: 'org-northfield-university',
    name: 'Northfield University — Library, Student Services, Careers and Reception',
    reference: '14/5167',
    stages: 3,
    prefix: '',
  },
  {
    file: 'harbourside.json',
    years: 11,
    id: 'org-harbourside',
    name: 'Harbourside Borough Council — Customer Contact Centre',
    reference: '25/0311',
    stages: 1,
    prefix: 'hb-',
  },
  {
    file: 'westmoor.json',
    years: 10,
    id: 'org-westmoor',
    name: 'Westmoor Housing Trust',
    reference: '24/0907',
    stages: 2,
    prefix: 'wm-',
  },
];

async function importFile(page: Page, path: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(path);
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLInputElement>('#org-name')?.value === expected,
    name,
  );
}

async function show(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector(selector);
}

const server = await serveWebBuild();
const chrome = await startChromium(newProfileDir());
try {
  const first = chrome.context.pages()[0] ?? (await chrome.context.newPage());
  await first.clock.setFixedTime(TODAY);
  const page = await openApp(chrome.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const v of VARIANTS) await importFile(page, variant(v), v.name);
  const org = `${server.url}#/org/org-northfield-university`;

  await show(page, `${org}/plan`, '[data-testid="schedule"]');
  await page.screenshot({ path: `${OUT}surveillance-plan.png`, fullPage: true });
  const afterSv1 = page.locator('[data-testid="category-stage-sv1-2016"]');
  await afterSv1.locator('summary').click();
  await afterSv1.screenshot({ path: `${OUT}surveillance-category.png` });

  await show(page, `${org}/points`, '[data-testid="points"]');
  await page.screenshot({ path: `${OUT}surveillance-points.png`, fullPage: true });

  await show(page, `${org}/stage/stage-sv2-2017/on-site`, '[data-testid="on-site-rows"]');
  await page.screenshot({ path: `${OUT}surveillance-on-site.png`, fullPage: true });

  await show(page, `${org}/stage/stage-sv1-2016/report`, '[data-testid="scoring-table"]');
  await page.screenshot({ path: `${OUT}surveillance-report.png`, fullPage: true });

  await show(page, server.url, '[data-testid="due-overview"]');
  await page.screenshot({ path: `${OUT}surveillance-due.png` });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await chrome.close();
  await server.close();
}
