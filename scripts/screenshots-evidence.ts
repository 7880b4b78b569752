/**
 * Screenshots of the evidence library from the browser build:
 * `npx electron-vite build && npx tsx scripts/screenshots-evidence.ts`.
 * Imports the sample record, adds client documents (the labelled samples and a PDF), then
 * captures the library with a document open, a search, and the suggestions beside an element.
 */
import { readFileSync } from 'node:fs';
import { makePdf } from '../test/evidence/make-files';
import { newProfileDir, openApp, startChromium } from '../test/e2e-web/support/chromium';
import { serveWebBuild } from '../test/e2e-web/support/web-build';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const SAMPLE = new URL('../test/fixtures/sample-record.json', import.meta.url).pathname;
const FIXTURES = new URL('../test/fixtures/evidence/', import.meta.url).pathname;
const ORG = 'org-northfield-university';
const FILES: readonly [string, string][] = [
  ['complaints-procedure.md', 'Comments, Compliments and Complaints Procedure.md'],
  ['complaints-annual-report.txt', 'Complaints Annual Report 2014-15.txt'],
  ['satisfaction-survey-report-2015.txt', 'Customer Satisfaction Survey 2014-15.txt'],
  ['customer-charter.html', 'Customer Charter.html'],
  ['engagement-strategy.md', 'Engagement and Consultation Strategy.md'],
  ['enquiry-handling-procedure.md', 'Enquiry Handling Procedure.md'],
];

const server = await serveWebBuild();
const chrome = await startChromium(newProfileDir());
try {
  const page = await openApp(chrome.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.waitForSelector('#org-name');
  await page.goto(`${server.url}#/org/${ORG}/library`);
  await page.waitForSelector('#lib-title');
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
  await page.screenshot({ path: `${OUT}evidence-library.png` });

  await page.locator('#lib-search').fill('emails within 24 hours');
  await page.waitForSelector('.lib-results .hit');
  await page.locator('.lib-results .hit').first().click();
  await page.waitForSelector('.passage.focused');
  await page.screenshot({ path: `${OUT}evidence-search.png` });

  await page.goto(`${server.url}#/org/${ORG}/stage/stage-ra-2018`);
  const card = page.locator('[data-element="4.3.2"]');
  await card.waitFor();
  await page.getByTestId('evidence-4.3.2').waitFor();
  await card.scrollIntoViewIfNeeded();
  await page.evaluate(() =>
    document.querySelector('[data-element="4.3.2"]')?.scrollIntoView({ block: 'start' }),
  );
  await page.evaluate(() => window.scrollBy(0, -150));
  // Cards off screen are painted lazily (content-visibility): let the scrolled ones paint.
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${OUT}evidence-element.png` });
  console.log(`screenshots written to ${OUT}evidence-*.png`);
} finally {
  await chrome.close();
  await server.close();
}
