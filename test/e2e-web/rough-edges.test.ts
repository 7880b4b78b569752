/**
 * What a new user hit at once in the browser build: a console error on every load, wording
 * about a File menu it does not have, a second organisation taking a reference already in use
 * (created, re-referenced or imported), and the next stage started without a question.
 */
import { describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { SAMPLE_RECORD, chooseRecordFile, openSampleRecord } from './support/open-record';
import { VARIANTS, show, writeVariant } from './support/sample-variants';
import { useWebApp } from './support/web-app';

let server: RunningServer;
let page: Page;
const problems: string[] = [];

useWebApp(
  (app) => {
    page = app.page;
    server = app.server;
  },
  {
    beforeLoad: (first) => {
      first.on('console', (m: ConsoleMessage) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`${m.type()}: ${m.text()}`);
      });
      first.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      first.on('response', (r) => {
        if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
      });
    },
  },
);

async function createOrganisation(name: string, reference: string): Promise<void> {
  await show(page, server.url, 'h1#portfolio-title');
  await page.getByRole('button', { name: 'New organisation' }).click();
  await page.getByLabel('Name of organisation').fill(name);
  await page.getByLabel('Assessment reference number').fill(reference);
  await page.getByRole('button', { name: 'Create' }).click();
  await page.waitForSelector('[data-element="1.1.1"]');
}

describe('the rough edges of a first session', () => {
  it('says where to open a record in the browser build, which has no File menu', async () => {
    const empty = (await page.locator('main .empty').textContent()) ?? '';
    expect(empty).toContain('“Open record…” at the top right');
    expect(empty).not.toContain('File ›');
  });

  it('logs no console error or warning while loading and using the app', async () => {
    await openSampleRecord(page);
    for (const path of ['stage/stage-ia-2015', 'plan', 'points', 'library']) {
      await show(page, `${server.url}#/org/org-northfield-university/${path}`, 'main nav.tabs');
    }
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(problems).toEqual([]);
  });

  it('flags a reference already in use when creating an organisation, and does not create it', async () => {
    await show(page, server.url, 'table.grid');
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByLabel('Name of organisation').fill('Northfield Library (again)');
    await page.getByLabel('Assessment reference number').fill('14 / 5167');
    const alert = page.getByRole('dialog').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('is already the reference of “Northfield');
    expect(await page.getByRole('button', { name: 'Create' }).isDisabled()).toBe(true);
    await page.getByLabel('Assessment reference number').fill('14/5168');
    await alert.waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
  });

  it('flags it when an organisation’s reference is changed to one in use', async () => {
    await createOrganisation('Harbourside Contact Centre', '25/0311');
    await page.locator('nav.tabs').getByRole('link', { name: 'Details & key dates' }).click();
    await page.locator('#org-ref').fill('14/5167');
    const alert = page.locator('#org-ref-problem');
    await alert.waitFor();
    expect(await alert.textContent()).toBe(
      '14/5167 is already the reference of “Northfield University — Library, Student Services, Careers and Reception”.',
    );
    await page.locator('#org-ref').fill('25/0311');
    await alert.waitFor({ state: 'detached' });
  });

  it('asks before importing a different record with a reference already in use', async () => {
    const twin = writeVariant({ ...VARIANTS[2]!, reference: '14/5167' });
    await show(page, server.url, 'table.grid');
    await chooseRecordFile(page, twin);
    const dialog = page.getByRole('dialog', { name: '14/5167 is already in use' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Nothing has been imported yet');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('main table.grid tbody tr').count()).toBe(2);
    // The same record again is a replacement, not a duplicate: the usual question.
    await chooseRecordFile(page, SAMPLE_RECORD);
    await page.getByRole('dialog', { name: 'Replace the stored record?' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it('asks before starting the next stage, and says when the verdict is not achieved', async () => {
    await page.locator('a.org-name', { hasText: 'Harbourside' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    await page.locator('nav.tabs').getByRole('link', { name: 'Details & key dates' }).click();
    await page.getByRole('button', { name: 'Start Surveillance 1…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start Surveillance 1?' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('next-stage-verdict').textContent()).toBe(
      'Initial assessment is incomplete: its final verdict is not “Achieved”.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.locator('nav.tabs a', { hasText: 'Surveillance 1' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Start Surveillance 1…' }).click();
    await page.getByRole('button', { name: 'Start Surveillance 1', exact: true }).click();
    await page.waitForSelector('nav.tabs a:has-text("Surveillance 1")');
  });
});
