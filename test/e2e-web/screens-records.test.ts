/**
 * The screen tour, part 1: every screen and dialog of records, workbook, sign-off, backups and
 * imports in its open state, each checked by axe at WCAG 2.2 AA and kept as a screenshot
 * (`npm run screenshots` writes them to docs/screenshots).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { fixtureB } from '../word/support/fixtures-ab';
import { checkScreen, saveScreenshot } from './support/axe';
import {
  TOUR_TODAY,
  VARIANTS,
  importRecordFile,
  show,
  writeVariant,
} from './support/sample-variants';
import { useWebApp } from './support/web-app';

let server: RunningServer;
let page: Page;
const NORTHFIELD = VARIANTS[0]!;
const WORKBOOK = 'org-northfield-university/stage/stage-ia-2015';

useWebApp(
  async (app) => {
    page = app.page;
    server = app.server;
    await page.setViewportSize({ width: 1440, height: 900 });
  },
  {
    beforeLoad: async (first) => {
      // Time flows from TOUR_TODAY (a fixed time would give two backups the same name).
      await first.clock.install({ time: TOUR_TODAY });
    },
  },
);

async function openDialog(title: string | RegExp): Promise<void> {
  await page.getByRole('dialog', { name: title }).waitFor();
}

async function closeDialog(): Promise<void> {
  await page.keyboard.press('Escape');
  await page.locator('dialog[open]').waitFor({ state: 'detached' });
}

describe('every screen and dialog passes axe (WCAG 2.2 AA)', () => {
  it('the empty portfolio and the new-organisation dialog', async () => {
    await page.waitForSelector('.empty');
    await checkScreen(page, 'portfolio-empty');
    await page.getByRole('button', { name: 'New organisation' }).click();
    await openDialog('New organisation');
    await checkScreen(page, 'dialog-new-organisation');
    await closeDialog();
  });

  it('the portfolio with three organisations, its due list and the rename dialog', async () => {
    for (const v of VARIANTS) await importRecordFile(page, writeVariant(v), v.name);
    await show(page, server.url, '[data-testid="due-overview"]');
    await checkScreen(page, 'portfolio');
    await saveScreenshot(page, 'surveillance-due', { part: page.getByTestId('due-overview') });
    await page.getByRole('button', { name: `Rename ${NORTHFIELD.name}` }).click();
    await openDialog('Rename organisation');
    await checkScreen(page, 'dialog-rename');
    await closeDialog();
  });

  it('the organisation page and the question before the next stage', async () => {
    await show(page, `${server.url}#/org/${NORTHFIELD.id}`, '#org-name');
    await checkScreen(page, 'organisation');
    await show(page, `${server.url}#/org/org-westmoor`, '#org-name');
    await page.getByRole('button', { name: /^Start .*…$/ }).click();
    await openDialog(/^Start .*\?$/);
    await checkScreen(page, 'dialog-start-next-stage');
    await closeDialog();
  });

  it('removing a stage created by mistake, and the certifying body settings', async () => {
    await show(page, `${server.url}#/org/${NORTHFIELD.id}`, '#org-name');
    await page
      .getByRole('region', { name: 'Surveillance 2', exact: true })
      .getByRole('button', { name: 'Remove stage…' })
      .click();
    await openDialog('Remove Surveillance 2?');
    await checkScreen(page, 'dialog-remove-stage');
    await closeDialog();
    await page.getByRole('button', { name: 'Settings…' }).click();
    await openDialog('Settings: the certifying body');
    await page.getByLabel('Name of the certifying body').waitFor();
    await checkScreen(page, 'dialog-settings');
    await closeDialog();
  });

  it('the workbook, its compliance panel, the palette and the export menu', async () => {
    await show(page, `${server.url}#/org/${WORKBOOK}`, '[data-element="1.1.1"]');
    await checkScreen(page, 'workbook');
    await saveScreenshot(page, 'compliance-panel', { part: page.locator('.compliance') });
    await page.locator('#el-1-1-1-dte').focus();
    await page.keyboard.press('Control+k');
    await openDialog('Go to element');
    await checkScreen(page, 'dialog-go-to-element');
    await closeDialog();
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    await checkScreen(page, 'menu-export', { within: ['.topbar'] });
    await page.keyboard.press('Escape');
  });

  it('signing off and withdrawing a sign-off', async () => {
    await page.getByRole('button', { name: 'Sign off this stage…' }).click();
    await openDialog(/^Sign off /);
    // The first sign-off makes the assessor's signing key (issue 15).
    await page.getByLabel('New passphrase (8 characters or more)').fill('Tour of the screens');
    await page.getByLabel('Repeat the passphrase').fill('Tour of the screens');
    await checkScreen(page, 'dialog-sign-off');
    await page.getByRole('button', { name: 'Make key and sign off' }).click();
    await expect
      .poll(() => page.getByTestId('sign-off').getAttribute('data-check'), { timeout: 30_000 })
      .toBe('intact');
    await checkScreen(page, 'workbook-signed-off', {
      within: ['[data-testid="sign-off"]', '#el-1-1-1'],
    });
    await page.getByRole('button', { name: 'Withdraw sign-off…' }).click();
    await openDialog(/^Withdraw /);
    await checkScreen(page, 'dialog-withdraw-sign-off');
    await page.getByLabel('Why is the sign-off withdrawn?').fill('Tour of the screens.');
    await page.getByRole('button', { name: 'Withdraw sign-off', exact: true }).click();
    await expect.poll(() => page.getByTestId('sign-off').textContent()).toContain('Not signed off');
  });

  it('backups, the restore preview and an encrypted backup’s passphrase', async () => {
    await page.getByRole('button', { name: 'Backups…' }).click();
    await openDialog('Backups');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'Backed up 3 organisations' }).waitFor();
    await checkScreen(page, 'dialog-backups');
    await page
      .getByRole('button', { name: /^Restore the backup you made / })
      .first()
      .click();
    await page.getByRole('table', { name: 'What the restore would change' }).waitFor();
    await checkScreen(page, 'dialog-restore-preview');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByLabel('Protect this backup with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
    await page.getByLabel('Passphrase again').fill('correct horse battery');
    await page.getByRole('button', { name: 'Back up now' }).click();
    await page.getByRole('status').filter({ hasText: 'Backed up 3 organisations' }).waitFor();
    const encrypted = page.locator('.backup-list tbody tr', { hasText: 'Encrypted' }).first();
    await encrypted.getByRole('button', { name: /^Restore / }).click();
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    await checkScreen(page, 'dialog-restore-passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong horse');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    await checkScreen(page, 'dialog-restore-wrong-passphrase');
    await closeDialog();
  });

  it('the Word import preview', async () => {
    const path = join(tmpdir(), `${process.pid}-tour-record.docx`);
    writeFileSync(path, (await fixtureB()).bytes);
    await show(page, server.url, 'table.grid');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import Word record…' }).click();
    await (await chooser).setFiles(path);
    await page.locator('dialog[open]').waitFor();
    await checkScreen(page, 'word-import-preview');
    await closeDialog();
  });

  it('a file that is not a record, and replacing a stored record', async () => {
    const bad = join(tmpdir(), `${process.pid}-not-a-record.json`);
    writeFileSync(bad, JSON.stringify({ format: 'cse-fieldbook', version: 99, stages: 'none' }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open record…' }).click();
    await (await chooser).setFiles(bad);
    await openDialog(/was not opened$/);
    await checkScreen(page, 'dialog-file-errors');
    await closeDialog();
    const again = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open record…' }).click();
    await (await again).setFiles(writeVariant(NORTHFIELD));
    await openDialog('Replace the stored record?');
    await checkScreen(page, 'dialog-confirm-replace');
    await closeDialog();
    const twin = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open record…' }).click();
    await (await twin).setFiles(writeVariant({ ...NORTHFIELD, id: 'org-twin', prefix: 'tw-' }));
    await openDialog('14/5167 is already in use');
    await checkScreen(page, 'dialog-duplicate-reference');
    await closeDialog();
  });
});
