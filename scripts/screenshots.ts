/**
 * Takes the README screenshots from the browser build: `npm run build && npx tsx scripts/screenshots.ts`.
 * Imports the sample record, then captures the portfolio, organisation, workbook and compliance panel.
 */
import { newProfileDir, openApp, startChromium } from '../test/e2e-web/support/chromium';
import { serveWebBuild } from '../test/e2e-web/support/web-build';

const OUT = new URL('../docs/screenshots/', import.meta.url).pathname;
const SAMPLE = new URL('../test/fixtures/sample-record.json', import.meta.url).pathname;

const server = await serveWebBuild();
const chrome = await startChromium(newProfileDir());
try {
  const page = await openApp(chrome.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(SAMPLE);
  await page.waitForSelector('#org-name');
  await page
    .getByRole('button', { name: 'New organisation' })
    .click()
    .catch(() => undefined);
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.getByRole('button', { name: 'New organisation' }).click();
  await page
    .getByLabel('Name of organisation')
    .fill('Harbourside Borough Council — Customer Contact Centre');
  await page.getByLabel('Assessment reference number').fill('25/0311');
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForSelector('[data-element="1.1.1"]');
  await page.goto(server.url);
  await page.waitForSelector('table.grid');
  await page.screenshot({ path: `${OUT}portfolio.png` });
  await page.locator('a.org-name', { hasText: 'Northfield' }).click();
  await page.waitForSelector('[data-element="1.1.1"]');
  await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
  await page.waitForSelector('[data-element="1.1.1"]');
  await page.screenshot({ path: `${OUT}workbook.png` });
  await page.locator('.compliance').screenshot({ path: `${OUT}compliance-panel.png` });
  await page.locator('.tabs a', { hasText: 'Details' }).click();
  await page.waitForSelector('#org-name');
  await page.screenshot({ path: `${OUT}organisation.png`, fullPage: false });
  console.log(`screenshots written to ${OUT}`);
} finally {
  await chrome.close();
  await server.close();
}
