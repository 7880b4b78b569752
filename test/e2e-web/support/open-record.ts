import type { Page } from 'playwright-core';

/** The realistic four-stage sample record every browser suite starts from. */
export const SAMPLE_RECORD = new URL('../../fixtures/sample-record.json', import.meta.url).pathname;

/** Picks `path` through "Open record…" (the web build's file input). */
export async function chooseRecordFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(path);
}

/** Opens the sample record and waits for its organisation page. */
export async function openSampleRecord(page: Page): Promise<void> {
  await chooseRecordFile(page, SAMPLE_RECORD);
  await page.waitForSelector('#org-name');
}
