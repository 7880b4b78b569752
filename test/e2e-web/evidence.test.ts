import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server';
import type { RunningServer } from '../../scripts/static-server';
import { makeDocx, makePdf } from '../evidence/make-files';
import { CURRENT_EXCHANGE_VERSION } from '../../shared/exchange/migrate';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import { openSampleRecord } from './support/open-record';
import type { RunningChromium } from './support/chromium';
import { waitSaved } from './support/workbook-page';

const COMPLAINTS = new URL('../fixtures/evidence/complaints-procedure.md', import.meta.url)
  .pathname;
const ORG = 'org-northfield-university';
const LATEST_STAGE = 'stage-ra-2018';

let server: RunningServer;
let chrome: RunningChromium;
let page: Page;

/**
 * Serves a copy of the build: the suite reloads the page, and a build started meanwhile (by
 * another run in the same tree) must not pull the files from under it.
 */
async function serveBuildCopy(): Promise<RunningServer> {
  const build = new URL('../../out/renderer/', import.meta.url).pathname;
  if (!existsSync(`${build}index.html`))
    throw new Error('out/renderer is missing: run "npm run build" first');
  const copy = mkdtempSync(join(tmpdir(), 'fieldbook-web-'));
  cpSync(build, copy, { recursive: true });
  return startStaticServer(copy, 0);
}

beforeAll(async () => {
  server = await serveBuildCopy();
  chrome = await startChromium(newProfileDir());
  page = await openApp(chrome.context, server.url);
  await openSampleRecord(page);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function openLibrary(): Promise<void> {
  await page.goto(`${server.url}#/org/${ORG}/library`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('#lib-title');
}

async function documentNames(): Promise<string[]> {
  return page.locator('.lib-list .doc-name').allTextContents();
}

/** Waits until no file is being read or saved any more. */
async function jobsSettled(): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.lib-jobs li').length > 0 &&
      !document.querySelector(
        '.lib-jobs li[data-state="reading"], .lib-jobs li[data-state="saving"]',
      ),
    undefined,
    { timeout: 60_000 },
  );
}

describe('the evidence library in the browser', () => {
  it('adds three documents of different kinds, with their text read', async () => {
    await openLibrary();
    const pdf = await makePdf([
      {
        heading: 'Customer Charter',
        paragraphs: ['Westmoor Libraries: what you can expect from us.'],
      },
      {
        heading: 'When you contact us',
        paragraphs: ['We answer emails within 24 hours and letters within 5 working days.'],
      },
    ]);
    const docx = await makeDocx('Engagement Strategy', [
      { heading: 'How we involve tenants', paragraphs: ['A residents forum meets every quarter.'] },
      {
        heading: 'You said, we did',
        paragraphs: ['We publish what changed after each consultation.'],
      },
    ]);
    await page.getByTestId('evidence-file-input').setInputFiles([
      {
        name: 'Complaints procedure.md',
        mimeType: 'text/markdown',
        buffer: readFileSync(COMPLAINTS),
      },
      { name: 'Customer charter.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) },
      {
        name: 'Engagement strategy.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(docx),
      },
    ]);
    await jobsSettled();
    await page.waitForFunction(() => document.querySelectorAll('.lib-list .doc-name').length === 3);
    expect((await documentNames()).sort()).toEqual([
      'Complaints procedure.md',
      'Customer charter.pdf',
      'Engagement strategy.docx',
    ]);
    expect(await page.locator('.lib-jobs').textContent()).toContain(
      'Added "Customer charter.pdf" (2 pages)',
    );
  });

  it('finds a phrase, opens the hit at its place and links that passage to an element', async () => {
    await page.locator('#lib-search').fill('emails within 24 hours');
    const hit = page.locator('.lib-results .hit').first();
    await hit.waitFor();
    expect(await hit.locator('.hit-doc').textContent()).toBe(
      'Customer charter.pdf · p. 2, § When you contact us',
    );
    expect(await hit.locator('mark').allTextContents()).toEqual(
      expect.arrayContaining(['emails', '24', 'hours']),
    );
    await hit.click();
    const focused = page.locator('.passage.focused');
    await focused.waitFor();
    expect(await focused.textContent()).toContain('We answer emails within 24 hours');
    await focused
      .getByRole('button', { name: /^Link passage \d+ of Customer charter.pdf to an element…$/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel('Element').selectOption('5.1.1');
    await dialog.getByLabel('Note (optional)').fill('Email standard published in the charter.');
    await dialog.getByRole('button', { name: 'Link', exact: true }).click();
    await page.waitForSelector('text=Linked to 1 element');
    expect(await page.locator('.doc-links').textContent()).toContain('5.1.1');
  });

  it('shows the link on the element in the workbook and fills the desk-top evidence from it', async () => {
    await page.goto(`${server.url}#/org/${ORG}/stage/${LATEST_STAGE}`);
    const evidence = page.getByTestId('evidence-5.1.1');
    await evidence.waitFor();
    const text = await evidence.textContent();
    expect(text).toContain('Customer charter.pdf, p. 2, § When you contact us');
    expect(text).toContain('Email standard published in the charter.');
    await evidence.getByRole('button', { name: 'Fill desk-top evidence from links' }).click();
    const field = page.locator('#el-5-1-1-dte');
    await expect
      .poll(() => field.inputValue())
      .toContain('• Customer charter.pdf, p. 2, § When you contact us');
    await waitSaved(page);
  });

  it('keeps documents, links and search after a reload', async () => {
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.getByTestId('evidence-5.1.1').waitFor();
    expect(await page.locator('#el-5-1-1-dte').inputValue()).toContain(
      '• Customer charter.pdf, p. 2',
    );
    await openLibrary();
    expect(await documentNames()).toHaveLength(3);
    await page.locator('#lib-search').fill('"stage 2"');
    const hit = page.locator('.lib-results .hit').first();
    await hit.waitFor();
    expect(await hit.locator('.hit-doc').textContent()).toContain('Complaints procedure.md');
  });

  it('refuses a file that is not what its name says, with its message, and changes nothing', async () => {
    await page.locator('#lib-search').fill('');
    await page.getByTestId('evidence-file-input').setInputFiles([
      {
        name: 'Service standards.docx',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('not a zip at all'),
      },
    ]);
    await jobsSettled();
    const message = page.locator('.lib-jobs li[data-state="failed"]').last();
    expect(await message.textContent()).toContain(
      '"Service standards.docx" is not a Word (.docx) document: a .docx file is a zip archive and this one is not',
    );
    expect(await documentNames()).toHaveLength(3);
  });
});

describe('a record bundle', () => {
  it('"Save as file" writes the documents\' metadata and links into the record', async () => {
    await openLibrary();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as file…' }).click();
    const path = join(mkdtempSync(join(tmpdir(), 'fieldbook-record-')), 'record.json');
    await (await download).saveAs(path);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as {
      version: number;
      evidence: { documents: { name: string }[]; links: { element: string; page: number }[] };
    };
    expect(saved.version).toBe(CURRENT_EXCHANGE_VERSION);
    expect(saved.evidence.documents.map((d) => d.name).sort()).toEqual([
      'Complaints procedure.md',
      'Customer charter.pdf',
      'Engagement strategy.docx',
    ]);
    expect(saved.evidence.links).toEqual([expect.objectContaining({ element: '5.1.1', page: 2 })]);
  });

  it('saves the record with its documents and opens it back in another fieldbook', async () => {
    await openLibrary();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save record with documents (.zip)…' }).click();
    const zip = join(mkdtempSync(join(tmpdir(), 'fieldbook-bundle-')), 'bundle.zip');
    await (await download).saveAs(zip);
    expect(await page.locator('.lib-header .lib-notice').textContent()).toContain(
      'the record and 3 document files',
    );

    const other = await startChromium(newProfileDir());
    try {
      const fresh = await openApp(other.context, server.url);
      await openSampleRecord(fresh);
      await fresh.goto(`${server.url}#/org/${ORG}/library`);
      await fresh.waitForSelector('#lib-title');
      expect(await fresh.locator('.lib-list .doc-name').count()).toBe(0);
      const bundleChooser = fresh.waitForEvent('filechooser');
      await fresh.getByRole('button', { name: 'Open record bundle…' }).click();
      await (await bundleChooser).setFiles(zip);
      // The same path as "Open record…": the app's own dialog asks before replacing the record.
      const confirm = fresh.getByRole('dialog');
      await confirm.getByRole('button', { name: 'Replace' }).click();
      const opened = fresh.getByRole('dialog', { name: 'Record bundle opened' });
      await opened.waitFor();
      expect(await opened.textContent()).toContain('with 3 document files');
      await fresh.keyboard.press('Escape');
      await fresh.waitForSelector('#lib-title');
      await fresh.waitForFunction(
        () => document.querySelectorAll('.lib-list .doc-name').length === 3,
      );
      expect(await fresh.locator('.lib-list .flag.missing').count()).toBe(0);
      expect(await fresh.locator('.lib-list .flag.linked').allTextContents()).toEqual(['1 link']);
      await fresh.locator('#lib-search').fill('emails within 24 hours');
      await fresh.locator('.lib-results .hit').first().waitFor();
    } finally {
      await other.close();
    }
  });
});
