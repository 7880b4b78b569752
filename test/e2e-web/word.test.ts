import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import { scoreStage } from '../../shared/scoring/score-stage';
import { VERDICT_NAMES } from '../../shared/scoring/score-types';
import { importDocx } from '../../shared/word';
import type { RunningServer } from '../../scripts/static-server';
import { unknownFinalHeaderLayout } from '../word/support/bolton-layouts';
import { boltonOwnLayout } from '../word/support/bolton-own';
import { boltonTruth } from '../word/support/bolton-truth';
import { B, fixtureB } from '../word/support/fixtures-ab';
import { LIBS } from '../word/support/import';
import { checkScreen, expectNoAxeViolations } from './support/axe';
import { useWebApp } from './support/web-app';
import { finalPicker } from './support/workbook-page';

let server: RunningServer;
let page: Page;

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

/** Reloads the app and waits until it is ready. */
async function reload(): Promise<void> {
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
}

/** Picks `path` through "Import Word record…" and waits for the dialog it opens. */
async function chooseWordFile(path: string): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import Word record…' }).click();
  await (await chooser).setFiles(path);
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

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

    const dialog = await chooseWordFile(path);
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

  it('shows the certifying body the page footer names and puts it in the settings only on asking', async () => {
    const path = join(tmpdir(), 'bolton-own.docx');
    writeFileSync(path, await boltonOwnLayout());
    await reload();
    const dialog = await chooseWordFile(path);
    const body = dialog.getByRole('region', { name: 'Certifying body' });
    expect(await body.textContent()).toContain('Read from its page footer');
    expect(await body.textContent()).toContain('Centre for Assessment Ltd');
    expect(await body.textContent()).toContain('www.centreforassessment.co.uk');
    expect(await body.textContent()).toContain('Your settings name no certifying body');
    await body.scrollIntoViewIfNeeded();
    await checkScreen(page, 'word-import-certifying-body', { part: body });
    // From the keyboard: the button saves the setting; nothing else is stored.
    await body.getByRole('button', { name: 'Use these in my settings' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => body.getByRole('status').textContent())
      .toContain('Saved to your settings');
    expect(await body.textContent()).toContain('The same as in your settings');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('main table.grid tbody tr', { hasText: 'Bolton' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Settings…' }).click();
    const settings = page.getByRole('dialog');
    expect(await settings.getByLabel('Name of the certifying body').inputValue()).toBe(
      'Centre for Assessment Ltd',
    );
    expect(await settings.getByLabel('Telephone', { exact: true }).inputValue()).toBe(
      '0161 237 4080',
    );
    await page.keyboard.press('Escape');
  });

  it('imports a record whose final-mark column its header does not name, once the column is mapped', async () => {
    const path = join(tmpdir(), 'bolton-moderated.docx');
    writeFileSync(path, await unknownFinalHeaderLayout());
    const truth = boltonTruth();
    await reload();
    const dialog = await chooseWordFile(path);
    expect(await dialog.textContent()).toContain('0 of 57 elements have a final mark');
    await checkScreen(page, 'word-import-blocked');
    const store = dialog.getByRole('button', { name: 'Import as a new organisation' });
    expect(await store.isDisabled()).toBe(true);
    const column = dialog.getByLabel('Column 5', { exact: true });
    expect(await column.inputValue()).toBe('');
    await column.selectOption({ label: 'final (visit) mark' });
    // Read again from the keyboard.
    await dialog
      .getByRole('button', { name: 'Read the document again with these columns' })
      .focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.textContent())
      .not.toContain('0 of 57 elements have a final mark');
    expect(await dialog.getByLabel('Column 5', { exact: true }).inputValue()).toBe('finalMark');
    expect(await dialog.textContent()).toContain('by your choice');
    await expectNoAxeViolations(page, 'word import, column mapped');
    expect(await store.isDisabled()).toBe(false);
    await store.click();
    await page.waitForSelector('#org-name');
    expect(await page.locator('#org-name').inputValue()).toBe(truth.header.name);
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="5.3.3"]');
    for (const e of truth.elements) {
      const shown = await finalPicker(page, e.id).locator('[aria-checked="true"]').textContent();
      expect(shown, e.id).toBe(e.final ?? '–');
    }
    // Criterion 5 has three partial compliances where two are allowed.
    expect(await page.getByTestId('final-verdict').textContent()).toContain(
      VERDICT_NAMES['not-achieved'],
    );
  });

  it('over the stored organisation keeps the stage id and skips a signed-off stage', async () => {
    // The record as stored above, with 1.1.1's final mark changed to P.
    const changed = await boltonOwnLayout({
      cell: (cells, i, element) => (element === '1.1.1' && i === 5 && cells[i] ? 'P' : cells[i]!),
    });
    const path = join(tmpdir(), 'bolton-changed.docx');
    writeFileSync(path, changed);
    const stageUrl = page.url();
    expect(stageUrl).toMatch(/#\/org\/[^/]+\/stage\/[^/]+$/);
    await page.getByRole('button', { name: 'Sign off this stage…' }).click();
    // The first sign-off makes the assessor's signing key.
    await page.getByLabel('New passphrase (8 characters or more)').fill('Word import test key');
    await page.getByLabel('Repeat the passphrase').fill('Word import test key');
    await page.getByRole('button', { name: 'Make key and sign off' }).click();
    await expect
      .poll(() => page.getByTestId('sign-off').getAttribute('data-check'), { timeout: 30_000 })
      .toBe('intact');

    const importChanged = async (): Promise<void> => {
      await reload();
      await chooseWordFile(path);
    };
    await importChanged();
    const dialog = page.getByRole('dialog');
    const plan = dialog.locator('[data-word-stage-plan]');
    expect(await plan.getAttribute('data-word-stage-plan')).toBe('skip-signed-off');
    expect(await plan.textContent()).toContain('skipped');
    await checkScreen(page, 'word-import-over-signed-off');
    await dialog
      .getByRole('button', { name: /^Import over the stored record of University of Bolton/ })
      .click();
    await page.waitForSelector('#org-name');
    await page.goto(stageUrl);
    await page.waitForSelector('[data-element="1.1.1"]');
    expect(await finalPicker(page, '1.1.1').locator('[aria-checked="true"]').textContent()).toBe(
      'F',
    );

    await page.getByRole('button', { name: 'Withdraw sign-off…' }).click();
    await page
      .getByLabel('Why is the sign-off withdrawn?')
      .fill('The record was re-read from Word.');
    await page.getByRole('button', { name: 'Withdraw sign-off', exact: true }).click();
    await expect.poll(() => page.getByTestId('sign-off').textContent()).toContain('Not signed off');
    await importChanged();
    expect(await plan.getAttribute('data-word-stage-plan')).toBe('update');
    await dialog.getByRole('button', { name: /^Import over the stored record/ }).click();
    await page.waitForSelector('#org-name');
    await page.goto(stageUrl); // the same stage id still opens the stage
    await page.waitForSelector('[data-element="1.1.1"]');
    expect(await finalPicker(page, '1.1.1').locator('[aria-checked="true"]').textContent()).toBe(
      'P',
    );
  });

  it('refuses a file that is not a Word document and stores nothing', async () => {
    const path = join(tmpdir(), 'not-word.docx');
    writeFileSync(path, 'plain text pretending to be a document');
    await reload();
    const before = await page.locator('main table.grid tbody tr').count();
    const dialog = await chooseWordFile(path);
    expect(await dialog.textContent()).toContain('Nothing was stored');
    await page.keyboard.press('Escape');
    expect(await page.locator('main table.grid tbody tr').count()).toBe(before);
  });
});
