// Issue 14 in the browser build: planned dates and categories on the organisation screen, the
// certifying body's details in the settings and on the exports, and removing a mistaken stage
// (confirmed, after a backup) — by keyboard, and checked with axe (WCAG 2.2 AA).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { expectNoAxeViolations } from './support/axe';
import { openSampleRecord } from './support/open-record';
import { useWebApp } from './support/web-app';

let server: RunningServer;
let page: Page;

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

describe('the organisation screen', () => {
  it('takes the planned dates, says what the exports print, and keeps them', async () => {
    await openSampleRecord(page);
    const first = page.getByLabel('Date of first surveillance (planned)');
    // The sample's latest stage is the reassessment: the planned dates are cycle 2's.
    await expect
      .poll(() => page.locator('#cycle-dates-title + .muted').textContent())
      .toBe('cycle 2');
    await first.focus();
    await page.keyboard.type('31 February 2019');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.locator('#planned-surveillance1-problem').count()).toBe(1);
    await first.fill('11 March 2019');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('#planned-surveillance1-hint').textContent())
      .toBe('Exports print 11 March 2019 (planned).');
    expect(await page.locator('#planned-surveillance2-hint').textContent()).toBe(
      'Exports print TBC until a date is set.',
    );
    await expect.poll(() => page.getByText('Saved').count()).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector('#org-name');
    expect(await page.getByLabel('Date of first surveillance (planned)').inputValue()).toBe(
      '11 March 2019',
    );
  });

  it('shows the category after each stage side by side', async () => {
    const cells = page.getByTestId('categories').locator('td');
    expect(await cells.allTextContents()).toEqual([
      'High',
      'Low',
      'Low',
      expect.stringMatching(/^Not decided \(suggested: (High|Low)\)$/),
    ]);
    expect(await page.getByTestId('categories').locator('th').allTextContents()).toEqual([
      'Initial assessment',
      'Surveillance 1',
      'Surveillance 2',
      'Reassessment (cycle 2)',
    ]);
  });

  it('passes the accessibility gate (axe at WCAG 2.2 AA and measured contrast)', async () => {
    await expectNoAxeViolations(page, 'organisation with planned dates');
  });
});

describe("the certifying body's details", () => {
  it('are set in the settings by keyboard and printed at the foot of the exported pages', async () => {
    await page.getByRole('button', { name: 'Settings…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings: the certifying body' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'settings dialog');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('certifying-body-name');
    await page.keyboard.type('Centre for Assessment Ltd');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Churchgate House, 56 Oxford Street, Manchester, M1 6EU');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0161 237 4080');
    await page.keyboard.press('Tab');
    await page.keyboard.type('www.centreforassessment.co.uk');
    expect(await dialog.getByTestId('footer-line').allTextContents()).toEqual([
      'Centre for Assessment Ltd, Churchgate House, 56 Oxford Street, Manchester, M1 6EU',
      'Tel: 0161 237 4080 www.centreforassessment.co.uk',
    ]);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    await page.locator('.tabs a', { hasText: 'Surveillance 1' }).first().click();
    await page.waitForSelector('[data-element="4.2.3"]');
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Whole record, every stage (PDF)' }).click();
    const file = await download;
    const path = join(mkdtempSync(join(tmpdir(), 'fieldbook-whole-')), file.suggestedFilename());
    await file.saveAs(path);
    expect(file.suggestedFilename()).toMatch(/ whole record\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(40);
    for (const p of pages) expect(p).toContain('Tel: 0161 237 4080 www.centreforassessment.co.uk');
    expect(text).toContain('Section 3 — Surveillance report: Surveillance 2');
    expect(text).toMatch(/Date of first\s+surveillance[\s\S]*11 March 2019/);
  }, 120_000);
});

describe('removing a stage created by mistake', () => {
  it('starts a Surveillance 1 by mistake, removes it after confirming, and keeps a backup', async () => {
    await page.goto(`${server.url}#/`);
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByLabel('Name of organisation').fill('Riverside Library Service');
    await page.getByLabel('Assessment reference number').fill('22/0101');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    await page.locator('.tabs a', { hasText: 'Details & key dates' }).click();
    await page.getByRole('button', { name: 'Start Surveillance 1…' }).click();
    await page.getByRole('button', { name: 'Start Surveillance 1', exact: true }).click();
    await page.getByRole('dialog', { name: 'Surveillance 1 started' }).waitFor();
    await page.getByRole('button', { name: 'OK' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    await page.locator('.tabs a', { hasText: 'Details & key dates' }).click();
    expect(await page.locator('.tabs a', { hasText: 'Surveillance 1' }).count()).toBeGreaterThan(0);

    // By keyboard: focus the stage's "Remove stage…", Enter opens the confirmation on Cancel.
    const sv1Card = page.locator('section.stage-card', { hasText: 'Surveillance 1' });
    await sv1Card.getByRole('button', { name: 'Remove stage…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Remove Surveillance 1?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await dialog.getByTestId('removal-losses').locator('li').allTextContents()).toContain(
      'the links from the evidence library to its elements',
    );
    expect(await dialog.textContent()).toContain('A backup of every record is made first');
    await expectNoAxeViolations(page, 'remove-stage dialog');
    // Escape cancels: nothing removed.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.tabs a', { hasText: 'Surveillance 1' }).count()).toBeGreaterThan(0);

    await sv1Card.getByRole('button', { name: 'Remove stage…' }).click();
    await dialog.getByRole('button', { name: 'Remove Surveillance 1' }).click();
    const done = page.getByRole('dialog', { name: 'Surveillance 1 removed' });
    await done.waitFor();
    expect(await done.textContent()).toContain('A backup of every record was made first');
    await done.getByRole('button', { name: 'OK' }).click();
    expect(await page.locator('.tabs a', { hasText: 'Surveillance 1' }).count()).toBe(0);
    expect(await page.locator('section.stage-card').count()).toBe(1);

    // Still gone after a reload; the initial assessment is still there and can start SV1 again.
    await page.reload();
    await page.waitForSelector('#org-name');
    expect(await page.locator('.tabs a', { hasText: 'Surveillance 1' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Start Surveillance 1…' }).count()).toBe(1);

    // The safety backup is listed.
    await page.getByRole('button', { name: 'Backups…' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Before a removal' }).count()).toBe(1);
    await page.keyboard.press('Escape');
  }, 120_000);
});
