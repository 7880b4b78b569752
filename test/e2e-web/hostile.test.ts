// Hostile files opened through the browser build's own pickers: each refused with the sentence
// the shared readers give, and nothing stored.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/static-server';
import { bundleLyingEntry, docxDoctypeAfterComment } from '../hostile/hostile-files';
import { useWebApp } from './support/web-app';

let server: RunningServer;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'fieldbook-hostile-web-'));

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

async function pick(button: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  await page.keyboard.press('Escape');
  return text;
}

async function portfolioRows(): Promise<number> {
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  return page.locator('main table.grid tbody tr').count();
}

describe('hostile files through the app', () => {
  it('a Word record with a DOCTYPE after a 5 KB comment', async () => {
    const before = await portfolioRows();
    const text = await pick('Import Word record…', 'laughs.docx', docxDoctypeAfterComment());
    expect(text).toContain(
      "The document's XML declares a DOCTYPE or entities, which Office files never do and hostile files use to expand into gigabytes. Nothing was stored.",
    );
    expect(text).not.toMatch(/Error|undefined|at \S+:\d+/);
    expect(await portfolioRows()).toBe(before);
  });

  it('a record bundle whose document entry lies about its size (400 MB behind 1,000 bytes)', async () => {
    const before = await portfolioRows();
    const text = await pick('Open record…', 'bundle.zip', bundleLyingEntry());
    expect(text).toMatch(
      /"…\/notes\.txt" in the record bundle lies about its size \(a "zip bomb" or a damaged file\)/,
    );
    expect(text).toContain('Nothing was imported or changed.');
    expect(await portfolioRows()).toBe(before);
  });
});
