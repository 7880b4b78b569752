import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_RECORD } from './open-record';

/**
 * The realistic sample record moved on in time, renamed and cut, so a portfolio holds several
 * organisations at different stages (used by the screen tour and `npm run screenshots`).
 */
export interface Variant {
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

/** The clock of the tour: surveillance 2 of the moved Northfield record is being prepared. */
export const TOUR_TODAY = new Date('2027-01-20T09:00:00Z');

/** The sample record with every ISO date moved `years` on, renamed and cut to `stages`. */
export function writeVariant(v: Variant): string {
  const moved = readFileSync(SAMPLE_RECORD, 'utf8').replace(
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
  const path = join(tmpdir(), `${process.pid}-${v.file}`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

export const VARIANTS: readonly Variant[] = [
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

/** Opens a record file through "Open record…" and waits for its organisation page. */
export async function importRecordFile(page: Page, path: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(path);
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLInputElement>('#org-name')?.value === expected,
    name,
  );
}

/** Goes to `url` in the app and waits for `selector`. */
export async function show(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector(selector);
}
