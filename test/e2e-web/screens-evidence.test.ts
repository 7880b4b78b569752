/**
 * The screen tour, part 2: the surveillance screens, the evidence library with its dialogs, and
 * the workbook with linked evidence, each checked by axe at WCAG 2.2 AA and kept as a screenshot
 * (`npm run screenshots` writes them to docs/screenshots).
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { makePdf } from '../evidence/make-files';
import { checkScreen, saveScreenshot } from './support/axe';
import {
  TOUR_TODAY,
  VARIANTS,
  importRecordFile,
  show,
  writeVariant,
} from './support/sample-variants';
import { useWebApp } from './support/web-app';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url).pathname;
const FILES: readonly [string, string][] = [
  ['complaints-procedure.md', 'Comments, Compliments and Complaints Procedure.md'],
  ['complaints-annual-report.txt', 'Complaints Annual Report 2014-15.txt'],
  ['satisfaction-survey-report-2015.txt', 'Customer Satisfaction Survey 2014-15.txt'],
  ['customer-charter.html', 'Customer Charter.html'],
  ['engagement-strategy.md', 'Engagement and Consultation Strategy.md'],
  ['enquiry-handling-procedure.md', 'Enquiry Handling Procedure.md'],
];
const NORTHFIELD = VARIANTS[0]!;
const ORG = `#/org/${NORTHFIELD.id}`;

let server: RunningServer;
let page: Page;

useWebApp(
  async (app) => {
    page = app.page;
    server = app.server;
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const v of VARIANTS) await importRecordFile(page, writeVariant(v), v.name);
  },
  {
    beforeLoad: async (first) => {
      await first.clock.install({ time: TOUR_TODAY });
    },
  },
);

describe('every surveillance and evidence screen passes axe (WCAG 2.2 AA)', () => {
  it('the surveillance plan, its category card, the points, the on-site plan and the report', async () => {
    await show(page, `${server.url}${ORG}/plan`, '[data-testid="schedule"]');
    await checkScreen(page, 'surveillance-plan', { fullPage: true });
    const afterSv1 = page.locator('[data-testid="category-stage-sv1-2016"]');
    await afterSv1.locator('summary').click();
    await saveScreenshot(page, 'surveillance-category', { part: afterSv1 });
    await show(page, `${server.url}${ORG}/points`, '[data-testid="points"]');
    await checkScreen(page, 'surveillance-points', { fullPage: true });
    await show(
      page,
      `${server.url}${ORG}/stage/stage-sv2-2017/on-site`,
      '[data-testid="on-site-rows"]',
    );
    await checkScreen(page, 'surveillance-on-site', { fullPage: true });
    await show(
      page,
      `${server.url}${ORG}/stage/stage-sv1-2016/report`,
      '[data-testid="scoring-table"]',
    );
    await checkScreen(page, 'surveillance-report', { fullPage: true });
  });

  it('the evidence library: documents, one open, a search, the link and remove dialogs', async () => {
    await show(page, `${server.url}${ORG}/library`, '#lib-title');
    await checkScreen(page, 'evidence-library-empty');
    await page.locator('#lib-period').fill('2014–15');
    const pdf = await makePdf([
      {
        heading: 'Service Standards 2015',
        paragraphs: ['Northfield University Library, Student Services, Careers and Reception.'],
      },
      {
        heading: 'Responding to you',
        paragraphs: [
          'We answer emails within 24 hours on working days and letters within 5 working days.',
          'We answer the telephone within 20 seconds. If we cannot answer your question straight away we will tell you when you can expect a full reply.',
        ],
      },
    ]);
    await page.getByTestId('evidence-file-input').setInputFiles([
      ...FILES.map(([file, name]) => ({
        name,
        mimeType: 'text/plain',
        buffer: readFileSync(`${FIXTURES}${file}`),
      })),
      { name: 'Service Standards 2015.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
    ]);
    await page.waitForFunction(
      () => document.querySelectorAll('.lib-jobs li[data-state="done"]').length >= 7,
      undefined,
      { timeout: 60_000 },
    );
    await page.getByRole('button', { name: 'Clear these messages' }).click();
    await page.locator('.doc-row', { hasText: 'Comments, Compliments' }).click();
    await page.waitForSelector('.suggestions li');
    await page
      .locator('.suggestions li')
      .first()
      .getByRole('button', { name: /^Link to / })
      .click();
    await page.waitForSelector('text=Linked to 1 element');
    await checkScreen(page, 'evidence-library');

    await page.getByRole('button', { name: /^Link passage 3 of Comments, Compliments/ }).click();
    await page.getByRole('dialog', { name: 'Link to an element' }).waitFor();
    await checkScreen(page, 'dialog-link-passage');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Move to trash…' }).click();
    await page.getByRole('dialog', { name: 'Move to the trash?' }).waitFor();
    await checkScreen(page, 'dialog-remove-document');
    await page.keyboard.press('Escape');

    await page.locator('#lib-search').fill('emails within 24 hours');
    await page.waitForSelector('.lib-results .hit');
    await page.locator('.lib-results .hit').first().click();
    await page.waitForSelector('.passage.focused');
    await checkScreen(page, 'evidence-search');
  });

  it('the workbook with linked and suggested evidence', async () => {
    await show(page, `${server.url}${ORG}/stage/stage-sv2-2017`, '[data-element="1.1.1"]');
    const evidence = page.locator('[data-testid^="evidence-"]').first();
    await evidence.waitFor();
    await evidence.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, -250));
    // Cards off screen are painted lazily (content-visibility): let the scrolled ones paint.
    await page.waitForTimeout(500);
    await checkScreen(page, 'evidence-element');
  });
});
