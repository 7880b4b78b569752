import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readExchangeText } from '../../shared/exchange/read';
import { formatHash, stageContentHash } from '../../shared/signoff/content-hash';
import type { RunningServer } from '../../scripts/static-server';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import type { RunningChromium } from './support/chromium';
import { SAMPLE_RECORD, openSampleRecord } from './support/open-record';
import { serveWebBuild } from './support/web-build';
import { finalPicker } from './support/workbook-page';

const SAMPLE = SAMPLE_RECORD;
let server: RunningServer;
let chrome: RunningChromium;
let page: Page;

beforeAll(async () => {
  server = await serveWebBuild();
  chrome = await startChromium(newProfileDir());
  page = await openApp(chrome.context, server.url);
  await openSampleRecord(page);
  await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
  await page.waitForSelector('[data-element="1.1.1"]');
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('signing a stage off', () => {
  it('locks the stage and shows the same content hash the command line computes', async () => {
    await page.getByRole('button', { name: 'Sign off this stage…' }).click();
    expect(await page.getByLabel('Signed off by').inputValue()).toBe('Siân O’Connor');
    await page.getByRole('button', { name: 'Sign off', exact: true }).click();
    const bar = page.getByTestId('sign-off');
    await expect.poll(() => bar.textContent()).toContain('Signed off');

    const read = readExchangeText(readFileSync(SAMPLE, 'utf8'));
    if (!read.ok) throw new Error('sample invalid');
    const hash = await stageContentHash(
      read.value.record,
      read.value.record.stages[0]!,
      async (b) => new Uint8Array(createHash('sha256').update(b).digest()),
    );
    expect(await bar.textContent()).toContain(formatHash(hash));

    expect(await page.locator('#el-1-1-1-dte').isDisabled()).toBe(true);
    expect(await finalPicker(page, '1.1.1').locator('[aria-checked="true"]').isDisabled()).toBe(
      true,
    );
  });

  it('stays signed off after a reload, and opens for edits again once withdrawn with a reason', async () => {
    await page.reload();
    await page.waitForSelector('[data-element="1.1.1"]');
    expect(await page.getByTestId('sign-off').textContent()).toContain(
      'Signed off by Siân O’Connor',
    );
    await page.getByRole('button', { name: 'Withdraw sign-off…' }).click();
    const withdraw = page.getByRole('button', { name: 'Withdraw sign-off', exact: true });
    expect(await withdraw.isDisabled()).toBe(true); // a reason is required
    await page
      .getByLabel('Why is the sign-off withdrawn?')
      .fill('The certifying body asked for 4.3.2 to be re-read.');
    await withdraw.click();
    await expect.poll(() => page.getByTestId('sign-off').textContent()).toContain('Not signed off');
    expect(await page.locator('#el-1-1-1-dte').isDisabled()).toBe(false);
  });
});
