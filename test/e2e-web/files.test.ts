import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import type { RunningChromium } from './support/chromium';
import { serveWebBuild } from './support/web-build';

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;
let server: RunningServer;
let chrome: RunningChromium;
let page: Page;

beforeAll(async () => {
  server = await serveWebBuild();
  chrome = await startChromium(newProfileDir());
  page = await openApp(chrome.context, server.url);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function openFile(path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(path);
}

async function portfolioRows(): Promise<string[]> {
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('main h1');
  return page.locator('table.grid tbody tr').allTextContents();
}

describe('opening record files', () => {
  it('imports a valid exchange file and shows it in the portfolio', async () => {
    await openFile(SAMPLE);
    await page.waitForSelector('#org-name');
    expect(await page.locator('#org-name').inputValue()).toBe(
      'Northfield University — Library, Student Services, Careers and Reception',
    );
    const rows = await portfolioRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('14/5167');
  });

  it('refuses an invalid file with its errors and changes nothing', async () => {
    const before = await portfolioRows();
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.organisation.name = 'Should never appear';
    doc.stages[0].dates.visit = '2015-02-30';
    doc.stages[1].entries[0].finalMark = 'Full';
    const bad = join(tmpdir(), 'invalid-record.json');
    writeFileSync(bad, JSON.stringify(doc));
    await openFile(bad);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('invalid-record.json was not opened');
    expect(text).toContain('Nothing was imported or changed');
    expect(text).toContain(
      '$.stages[0].dates.visit: 2015-02-30 is not a real date (February 2015 has 28 days)',
    );
    expect(text).toContain('$.stages[1].entries[0].finalMark: found the text "Full"');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await portfolioRows()).toEqual(before);
  });

  it('refuses a file that is not JSON at all', async () => {
    const bad = join(tmpdir(), 'notes.json');
    writeFileSync(bad, 'Visit notes, not a record');
    await openFile(bad);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('not valid JSON');
    await page.keyboard.press('Escape');
    expect(await portfolioRows()).toHaveLength(1);
  });
});
