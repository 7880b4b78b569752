// Signing a stage off in Chromium with the assessor's own Ed25519 key (WebCrypto), by keyboard;
// the signature checks out in Node too, a Node-made one checks out in Chromium, a stage changed
// behind the app's back is flagged loudly, and the dialog and bar pass axe.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readExchangeText } from '../../shared/exchange/read';
import { writeExchangeText } from '../../shared/exchange/write';
import { makeSignOff } from '../../shared/signoff/make-sign-off';
import { createSigningKey, unlockSigningKey } from '../../shared/signoff/signing-key';
import { checkSignOff } from '../../shared/signoff/verify-sign-off';
import type { RunningServer } from '../../scripts/static-server';
import { nodeKeyCrypto } from '../signoff/bolton';
import { checkScreen } from './support/axe';
import { newProfileDir } from './support/chromium';
import { chooseRecordFile } from './support/open-record';
import { useWebApp } from './support/web-app';
import { finalPicker } from './support/workbook-page';

const V5 = new URL('../fixtures/exchange/v5.json', import.meta.url).pathname;
let server: RunningServer;
let page: Page;
const PASS = 'Northfield visit passphrase';

useWebApp(
  async (app) => {
    page = app.page;
    server = app.server;
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
  },
  {
    openSample: true,
  },
);

const bar = (): ReturnType<Page['getByTestId']> => page.getByTestId('sign-off');

describe('signing a stage off with the assessor’s key', () => {
  it('makes the key and signs, by keyboard alone; the dialog passes axe', async () => {
    await page.getByRole('button', { name: 'Sign off this stage…' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sign off Initial assessment' });
    await dialog.waitFor();
    expect(await page.getByLabel('Signed off by').inputValue()).toBe('Siân O’Connor');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-off-name');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Tab');
    await page.keyboard.type('not the same');
    await dialog.getByText('The two passphrases differ.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Make key and sign off' }).isDisabled()).toBe(
      true,
    );
    await checkScreen(page, 'sign-off-dialog-new-key');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Enter');
    await expect.poll(() => bar().getAttribute('data-check'), { timeout: 30_000 }).toBe('intact');
    expect(await bar().textContent()).toMatch(
      /Signed off by Siân O’Connor .*Checked: nothing has changed since the sign-off\. Its signature is valid, made with your signing key [0-9a-f ]+/,
    );
    expect(await page.locator('#el-1-1-1-dte').isDisabled()).toBe(true);
    expect(await finalPicker(page, '1.1.1').locator('[aria-checked="true"]').isDisabled()).toBe(
      true,
    );
    await checkScreen(page, 'sign-off-bar', { within: ['[data-testid="sign-off"]'] });
    // The dialog's button is gone: focus is on the bar, not on "Withdraw sign-off…".
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'sign-off',
    );
  });

  it('writes a signature Node verifies: the record file carries key and signature', async () => {
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await (await download).path();
    const read = readExchangeText(readFileSync(file, 'utf8'));
    if (!read.ok) throw new Error('the saved record does not read');
    const stage = read.value.record.stages[0]!;
    expect(stage.signOff).toMatchObject({
      scheme: 'cse-fieldbook-stage-v2',
      signature: { algorithm: 'Ed25519' },
    });
    const check = await checkSignOff(read.value.record, stage, nodeKeyCrypto);
    expect(check).toMatchObject({ kind: 'intact', key: { trusted: null } });
  });

  it('checks a Node-made signature in Chromium', async () => {
    // The version-5 fixture (its initial assessment signed without a key, under scheme v1),
    // with its surveillance 1 signed off in Node under v2.
    const read = readExchangeText(readFileSync(V5, 'utf8'));
    if (!read.ok) throw new Error('fixture invalid');
    const stored = await createSigningKey(
      nodeKeyCrypto,
      { id: 'k', owner: 'Node Assessor', createdAt: '2026-01-01T09:00:00.000Z' },
      PASS,
    );
    const key = await unlockSigningKey(nodeKeyCrypto.subtle, stored, PASS);
    const record = read.value.record;
    const sv1 = record.stages[1]!;
    const signOff = await makeSignOff(
      record,
      sv1,
      { signedOffBy: 'Node Assessor', signedOffAt: '2026-01-02T10:00:00.000Z' },
      nodeKeyCrypto,
      key,
    );
    const path = join(newProfileDir(), 'node-signed.json');
    writeFileSync(
      path,
      writeExchangeText({ ...record, stages: [record.stages[0]!, { ...sv1, signOff }] }),
    );
    await page.goto(`${server.url}#/`);
    await chooseRecordFile(page, path);
    await page.waitForSelector('#org-name');
    const checks = page.getByTestId('sign-off');
    await expect
      .poll(async () => Promise.all((await checks.all()).map((b) => b.getAttribute('data-check'))))
      .toEqual(['intact', 'intact']);
    expect(await checks.nth(0).textContent()).toContain(
      'signed off without a signing key (hash only)',
    );
    expect(await checks.nth(1).textContent()).toContain(
      'Its signature is valid, made with the signing key',
    );
    // The organisation's details are part of the sign-off: read-only, and said so.
    expect(await page.locator('#org-name').isDisabled()).toBe(true);
    await page
      .getByText('Read-only: the organisation’s name, reference, units and contacts')
      .waitFor();
    await checkScreen(page, 'sign-off-organisation', { within: ['main'] });
  });

  it('flags a stage changed behind the app’s back loudly', async () => {
    // The stored entry is changed directly in IndexedDB, as another program could.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('cse-fieldbook');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('entries', 'readwrite');
            const store = tx.objectStore('entries');
            const get = store.get('org-v2-fixture|s2|1.1.1');
            get.onsuccess = () => store.put({ ...get.result, finalMark: 'NC' });
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await page.waitForSelector('#org-name');
    const broken = page.locator('[data-check="changed"]');
    await broken.waitFor({ timeout: 20_000 });
    const alert = broken.getByRole('alert');
    expect(await alert.textContent()).toMatch(
      /^This sign-off does not hold\. The stage has CHANGED/,
    );
    await broken.scrollIntoViewIfNeeded();
    await checkScreen(page, 'sign-off-broken', { within: ['[data-check="changed"]'] });
  });

  it('opens the stage for edits again once withdrawn with a reason', async () => {
    await page.goto(`${server.url}#/`);
    await page.locator('a.org-name', { hasText: 'Northfield' }).first().click();
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    await page.getByRole('button', { name: 'Withdraw sign-off…' }).click();
    const withdraw = page.getByRole('button', { name: 'Withdraw sign-off', exact: true });
    expect(await withdraw.isDisabled()).toBe(true);
    await page
      .getByLabel('Why is the sign-off withdrawn?')
      .fill('The certifying body asked for 4.3.2 to be re-read.');
    await withdraw.click();
    await expect.poll(() => bar().textContent()).toContain('Not signed off');
    expect(await page.locator('#el-1-1-1-dte').isDisabled()).toBe(false);
  });

  it('signs again with the key already made: asks only for its passphrase', async () => {
    await page.getByRole('button', { name: 'Sign off this stage…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign off Initial assessment' });
    await dialog.getByText('Your signing key: Siân O’Connor, fingerprint').waitFor();
    expect(await dialog.getByLabel('Repeat the passphrase').count()).toBe(0);
    await dialog.getByLabel('Passphrase of your signing key').fill('wrong passphrase');
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await dialog
      .getByRole('alert')
      .getByText('The passphrase of your signing key is wrong.')
      .waitFor();
    await checkScreen(page, 'sign-off-dialog-wrong-passphrase');
    await dialog.getByLabel('Passphrase of your signing key').fill(PASS);
    await dialog.getByRole('button', { name: 'Sign off', exact: true }).click();
    await expect.poll(() => bar().getAttribute('data-check'), { timeout: 30_000 }).toBe('intact');
  });
});
