// Edits the database refuses for good are kept with their text and shown: a stage signed off in
// another window while this one was typing into it. The list works by keyboard and passes axe;
// "Apply again" writes the text once the sign-off is withdrawn; saving goes on meanwhile.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkScreen } from './support/axe';
import { useWebApp } from './support/web-app';
import { waitSaved } from './support/workbook-page';

let typing: Page;
let other: Page;
const TYPED = 'Saw the complaints log on the visit — 3 closed within 24 hours ✓';

/**
 * Opens the initial assessment's workbook. Every stage's workbook has a 1.1.1, so waiting for the
 * element alone could read the stage shown before (Surveillance 1 after a reload): wait for the tab.
 */
async function openInitial(page: Page): Promise<void> {
  await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
  await page.locator('.tabs a[aria-current="page"]', { hasText: 'Initial assessment' }).waitFor();
  await page.waitForSelector('[data-element="1.1.1"]');
}

useWebApp(
  async (app) => {
    typing = app.page;
    await openInitial(typing);
    other = await app.chrome.context.newPage();
    await other.goto(typing.url());
    await other.waitForSelector('[data-element="1.1.1"]');
  },
  {
    openSample: true,
  },
);

describe('an edit refused for good', () => {
  it('is kept with its text and shown, and later edits are saved all the same', async () => {
    // The other window signs the stage off.
    await other.getByRole('button', { name: 'Sign off this stage…' }).click();
    await other.getByLabel('New passphrase (8 characters or more)').fill('Recovery test key');
    await other.getByLabel('Repeat the passphrase').fill('Recovery test key');
    await other.getByRole('button', { name: 'Make key and sign off' }).click();
    await expect
      .poll(() => other.getByTestId('sign-off').getAttribute('data-check'), { timeout: 30_000 })
      .toBe('intact');

    // This window still shows the stage as editable; what is typed there is refused.
    await typing.bringToFront();
    await typing.locator('#el-1-1-1-ve').fill(TYPED);
    const notice = typing.getByRole('button', { name: '1 edit not saved…' });
    await notice.waitFor({ timeout: 15_000 });
    // The queue is not blocked: an edit of another stage is saved.
    await typing.locator('.tabs a', { hasText: 'Surveillance 1' }).click();
    await typing.waitForSelector('[data-element="1.1.1"]');
    await typing.locator('#el-1-1-1-kq').fill('Asked the duty manager');
    await waitSaved(typing);
  });

  it('lists it by keyboard, with its place, reason and text; passes axe', async () => {
    const notice = typing.getByRole('button', { name: '1 edit not saved…' });
    await notice.focus();
    await typing.keyboard.press('Enter');
    const dialog = typing.getByRole('dialog', { name: 'Edits that could not be saved' });
    await dialog.waitFor();
    const item = dialog.getByRole('listitem');
    expect(await item.getByRole('heading').textContent()).toBe(
      'Northfield University — Library, Student Services, Careers and Reception — Initial assessment — element 1.1.1',
    );
    expect(await item.textContent()).toContain('is signed off by Siân O’Connor');
    const text = await item.getByRole('textbox').inputValue();
    expect(text).toContain(`Visit day(s) evidence:\n${TYPED}`);
    await checkScreen(typing, 'recovery-dialog');

    // Apply again while it is still signed off: refused, said so, kept.
    await item.getByRole('button', { name: 'Apply again' }).focus();
    await typing.keyboard.press('Enter');
    await item
      .getByRole('status')
      .getByText(/signed off/)
      .waitFor();
    await item.getByRole('button', { name: 'Copy text' }).click();
    await item
      .getByRole('status')
      .getByText(/Copied|copy it/)
      .waitFor();
    await typing.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('applies it once the sign-off is withdrawn', async () => {
    await other.bringToFront();
    await other.getByRole('button', { name: 'Withdraw sign-off…' }).click();
    await other.getByLabel('Why is the sign-off withdrawn?').fill('Visit notes still to come.');
    await other.getByRole('button', { name: 'Withdraw sign-off', exact: true }).click();
    await expect
      .poll(() => other.getByTestId('sign-off').textContent())
      .toContain('Not signed off');

    await typing.bringToFront();
    await typing.getByRole('button', { name: '1 edit not saved…' }).click();
    const dialog = typing.getByRole('dialog', { name: 'Edits that could not be saved' });
    await dialog.getByRole('button', { name: 'Apply again' }).click();
    await dialog.getByText('Nothing is waiting').waitFor();
    await checkScreen(typing, 'recovery-dialog-empty');
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await typing.getByRole('button', { name: /edits? not saved/ }).count()).toBe(0);
    await typing.reload();
    await openInitial(typing);
    expect(await typing.locator('#el-1-1-1-ve').inputValue()).toBe(TYPED);
  });
});
