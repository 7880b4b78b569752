import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { scoreStage } from '../../shared/scoring/score-stage';
import { VERDICT_NAMES } from '../../shared/scoring/score-types';
import { importDocx } from '../../shared/word';
import type { RunningServer } from '../../scripts/static-server';
import { B, fixtureB } from '../word/support/fixtures-ab';
import { LIBS } from '../word/support/import';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import type { RunningChromium } from './support/chromium';
import { serveWebBuild } from './support/web-build';
import { finalPicker } from './support/workbook-page';

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

describe('importing a Word record in the browser build', () => {
  it('previews with warnings, imports on confirming, and scores the marks', async () => {
    const fixture = await fixtureB();
    const path = join(tmpdir(), 'riverside-record.docx');
    writeFileSync(path, fixture.bytes);
    // What the record should score, read by the same importer in Node.
    let n = 0;
    const expected = await importDocx(fixture.bytes, LIBS, { newId: () => `id-${++n}` });
    if (!expected.ok) throw new Error('fixture B does not import');
    const stage = expected.value.record.stages[0]!;
    const verdict = scoreStage(stage, DEFAULT_CATALOGUE, 'final').verdict;

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import Word record…' }).click();
    await (await chooser).setFiles(path);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain(B.name);
    expect(text).toMatch(/\d+ warnings?/);
    expect(await dialog.getByRole('region', { name: 'Warnings' }).count()).toBe(1);
    expect(text).toContain('Nothing is stored until you confirm');
    expect(await page.locator('main table.grid tbody tr').count()).toBe(0); // still nothing in the portfolio

    await page.getByRole('button', { name: 'Import as a new organisation' }).click();
    await page.waitForSelector('#org-name');
    expect(await page.locator('#org-name').inputValue()).toBe(B.name);
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    for (const entry of stage.entries.slice(0, 12)) {
      const shown = await finalPicker(page, entry.element)
        .locator('[aria-checked="true"]')
        .textContent();
      expect(shown, entry.element).toBe(entry.finalMark ?? '–');
    }
    expect(await page.getByTestId('final-verdict').textContent()).toContain(VERDICT_NAMES[verdict]);
  });

  it('refuses a file that is not a Word document and stores nothing', async () => {
    const path = join(tmpdir(), 'not-word.docx');
    writeFileSync(path, 'plain text pretending to be a document');
    await page.goto(server.url);
    await page.waitForSelector('html[data-ready="true"]');
    const before = await page.locator('main table.grid tbody tr').count();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import Word record…' }).click();
    await (await chooser).setFiles(path);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Nothing was stored');
    await page.keyboard.press('Escape');
    expect(await page.locator('main table.grid tbody tr').count()).toBe(before);
  });
});
