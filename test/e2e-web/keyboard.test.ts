/**
 * The app by keyboard alone: a whole assessment entered element by element in the same
 * keystrokes whether or not an element shows linked or suggested evidence; dialogs that hold
 * focus, start on their first field, keep it after an error and give it back on close; the
 * Export menu's Escape; and undo that leaves focus on the mark it undid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_CATALOGUE } from '../../shared/catalogue/catalogue';
import type { RunningServer } from '../../scripts/static-server';
import { useWebApp } from './support/web-app';
import { dtrPicker, finalPicker, waitSaved } from './support/workbook-page';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url).pathname;
const ELEMENTS = DEFAULT_CATALOGUE.elements.map((e) => e.id);
/** The same keys for every element: three texts, Tab between, then DTR and final marks. */
const dtrKey = (i: number): string => (i % 7 === 3 ? 'p' : 'f');

let server: RunningServer;
let page: Page;
let workbookUrl = '';

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

/** What has focus: its id, or its radio group's label and its own text. */
async function focused(): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const group = el?.closest('[role="radiogroup"]');
    if (group) return `${group.getAttribute('aria-label')}: ${el?.textContent}`;
    return el?.id || `${el?.tagName.toLowerCase()} ${el?.textContent?.trim().slice(0, 40)}`;
  });
}

async function focusInsideDialog(): Promise<boolean> {
  return page.evaluate(() => {
    const dialog = document.querySelector('dialog[open]');
    return !!dialog && dialog.contains(document.activeElement) && document.activeElement !== dialog;
  });
}

/** Presses Tab `times` times, checking after each that focus is still inside the dialog. */
async function tabsStayInDialog(times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await focusInsideDialog(), `after ${i + 1} Tab presses`).toBe(true);
  }
}

describe('dialogs and menus by keyboard', () => {
  it('New organisation holds focus, starts on its first field and gives focus back', async () => {
    const opener = page.getByRole('button', { name: 'New organisation' });
    await opener.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'New organisation' }).waitFor();
    expect(await focused()).toBe('new-org-name');
    await tabsStayInDialog(8);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('creates an organisation and adds documents that evidence some elements', async () => {
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.keyboard.type('Riverside Library Service');
    await page.keyboard.press('Tab');
    await page.keyboard.type('22/0101');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-element="1.1.1"]');
    workbookUrl = page.url();
    const org = /#\/org\/([^/]+)/.exec(workbookUrl)?.[1];
    await page.goto(`${server.url}#/org/${org}/library`);
    await page.waitForSelector('#lib-title');
    await page.getByTestId('evidence-file-input').setInputFiles(
      ['complaints-procedure.md', 'customer-charter.html', 'engagement-strategy.md'].map((f) => ({
        name: f,
        mimeType: 'text/plain',
        buffer: readFileSync(`${FIXTURES}${f}`),
      })),
    );
    await page.waitForFunction(
      () => document.querySelectorAll('.lib-jobs li[data-state="done"]').length >= 3,
      undefined,
      { timeout: 60_000 },
    );
    await page.locator('.doc-row', { hasText: 'complaints-procedure' }).click();
    await page
      .locator('.suggestions li')
      .first()
      .getByRole('button', { name: /^Link to / })
      .click();
    await page.waitForSelector('text=Linked to 1 element');
  });

  it('enters a whole assessment in the same keystrokes per element, evidence or not', async () => {
    await page.goto(workbookUrl);
    await page.waitForSelector('[data-element="5.3.3"]', { state: 'attached' });
    const withEvidence = await page
      .locator('[data-testid^="evidence-"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice(9)));
    expect(withEvidence.length).toBeGreaterThan(2);
    expect(withEvidence.length).toBeLessThan(ELEMENTS.length);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('1.1.1');
    await page.keyboard.press('Enter');
    for (const [i, id] of ELEMENTS.entries()) {
      expect(await focused()).toBe(`el-${id.replaceAll('.', '-')}-dte`);
      for (const text of [`D ${id}`, `K ${id}`, `V ${id}`]) {
        await page.keyboard.type(text);
        await page.keyboard.press('Tab');
      }
      await page.keyboard.press(dtrKey(i));
      await page.keyboard.press('Tab');
      await page.keyboard.press('f');
      expect(await focused()).toBe(`Visit (final) result ${id}: F`);
      if (i < ELEMENTS.length - 1) await page.keyboard.press('Alt+ArrowDown');
    }
    await waitSaved(page);
    await expect.poll(() => page.getByTestId('final-verdict').textContent()).toContain('Achieved');
    for (const [i, id] of ELEMENTS.entries()) {
      const dom = id.replaceAll('.', '-');
      expect(await page.locator(`#el-${dom}-ve`).inputValue()).toBe(`V ${id}`);
      const dtr = dtrPicker(page, id).locator('[aria-checked="true"]');
      expect(await dtr.textContent()).toBe(dtrKey(i).toUpperCase());
    }
  });

  it('undo on a mark takes the mark back and leaves focus on that mark', async () => {
    const picker = finalPicker(page, '2.1.1');
    await picker.locator('[tabindex="0"]').focus();
    await page.keyboard.press('n');
    expect(await focused()).toBe('Visit (final) result 2.1.1: NC');
    await page.keyboard.press('Control+z');
    await expect.poll(() => picker.locator('[aria-checked="true"]').textContent()).toBe('F');
    expect(await focused()).toBe('Visit (final) result 2.1.1: F');
  });

  it('Escape on the Export menu gives focus back to its button', async () => {
    const button = page.getByRole('button', { name: 'Export ▾' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
      'menuitem',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('an export chosen by keyboard gives focus back to the Export button when it is done', async () => {
    const button = page.getByRole('button', { name: 'Export ▾' });
    await button.focus();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.keyboard.press('Enter');
    await page.getByRole('menu', { name: 'Export' }).waitFor();
    await page.keyboard.press('Enter');
    await download;
    await expect.poll(() => button.isEnabled()).toBe(true);
    await expect.poll(() => button.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('Go to element and Backups hold focus', async () => {
    await page.locator('#el-1-1-1-kq').focus();
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Go to element' }).waitFor();
    expect(await focused()).toBe('palette-input');
    await tabsStayInDialog(4);
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('el-1-1-1-kq');

    await page.getByRole('button', { name: 'Backups…' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Backups' }).waitFor();
    await tabsStayInDialog(12);
  });

  it('an encrypted backup asks for its passphrase, and keeps focus there after a wrong one', async () => {
    await page.getByLabel('Protect this backup with a passphrase').check();
    await page.getByLabel('Passphrase', { exact: true }).fill('river stones and willow');
    await page.getByLabel('Passphrase again').fill('river stones and willow');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const row = page.locator('.backup-list tbody tr', { hasText: 'Encrypted' }).first();
    await row
      .getByRole('button', { name: /^Restore the backup you made on .* \(encrypted\)…$/ })
      .click();
    const field = page.getByLabel('Passphrase', { exact: true });
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('willow and river stones');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusInsideDialog()).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });
});
