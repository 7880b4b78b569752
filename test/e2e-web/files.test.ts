import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeBundle } from '../../shared/evidence/bundle';
import type {
  ContentHash,
  DocumentId,
  EvidenceDocument,
  LinkId,
} from '../../shared/evidence/types';
import { readExchangeText } from '../../shared/exchange/read';
import type { ElementId, StageId } from '../../shared/types/ids';
import type { RunningServer } from '../../scripts/static-server';
import { makePdf } from '../evidence/make-files';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import { useWebApp } from './support/web-app';

const SAMPLE = new URL('../fixtures/sample-record.json', import.meta.url).pathname;
let server: RunningServer;
let page: Page;

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

async function openFile(path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open record…' }).click();
  await (await chooser).setFiles(path);
}

async function portfolioRows(): Promise<string[]> {
  await page.goto(server.url);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('main h1');
  return page.locator('table.grid tbody tr').allTextContents();
}

describe('opening record files', () => {
  it('imports a valid exchange file and shows it in the portfolio', async () => {
    await openFile(SAMPLE);
    await page.waitForSelector('#org-name');
    expect(await page.locator('#org-name').inputValue()).toBe(
      'Northfield University — Library, Student Services, Careers and Reception',
    );
    const rows = await portfolioRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('14/5167');
  });

  it('refuses an invalid file with its errors and changes nothing', async () => {
    const before = await portfolioRows();
    const doc = JSON.parse(readFileSync(SAMPLE, 'utf8'));
    doc.organisation.name = 'Should never appear';
    doc.stages[0].dates.visit = '2015-02-30';
    doc.stages[1].entries[0].finalMark = 'Full';
    const bad = join(tmpdir(), 'invalid-record.json');
    writeFileSync(bad, JSON.stringify(doc));
    await openFile(bad);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const text = await dialog.textContent();
    expect(text).toContain('invalid-record.json was not opened');
    expect(text).toContain('Nothing was imported or changed');
    expect(text).toContain(
      '$.stages[0].dates.visit: 2015-02-30 is not a real date (February 2015 has 28 days)',
    );
    expect(text).toContain('$.stages[1].entries[0].finalMark: found the text "Full"');
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await portfolioRows()).toEqual(before);
  });

  it('refuses a file that is not JSON at all', async () => {
    const bad = join(tmpdir(), 'notes.json');
    writeFileSync(bad, 'Visit notes, not a record');
    await openFile(bad);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('not valid JSON');
    await page.keyboard.press('Escape');
    expect(await portfolioRows()).toHaveLength(1);
  });
});

/** A document of the bundle's library, for bytes whose hash it carries. */
function documentOf(
  id: string,
  name: string,
  kind: EvidenceDocument['kind'],
  mediaType: string,
  bytes: Uint8Array,
): EvidenceDocument {
  return {
    id: id as DocumentId,
    name,
    mediaType,
    size: bytes.byteLength,
    contentHash: createHash('sha256').update(bytes).digest('hex') as ContentHash,
    kind,
    addedAt: '2018-01-10T09:00:00Z',
    stageId: null,
    period: '2017–18',
    trashedAt: null,
    rejectedSuggestions: [],
  };
}

/** The sample record with two documents (Markdown, PDF) and a link, as one bundle file. */
async function sampleBundle(): Promise<string> {
  const read = readExchangeText(readFileSync(SAMPLE, 'utf8'));
  if (!read.ok) throw new Error('the sample record does not read');
  const record = read.value.record;
  const markdown = new TextEncoder().encode(
    '# Complaints procedure\n\n## Stage 1\n\nWe reply to every complaint within 10 working days.\n',
  );
  const pdf = await makePdf([
    { heading: 'Customer Charter', paragraphs: ['What you can expect from us.'] },
    { heading: 'When you contact us', paragraphs: ['We answer emails within 24 hours.'] },
  ]);
  const documents = [
    documentOf('doc-complaints', 'Complaints procedure.md', 'markdown', 'text/markdown', markdown),
    documentOf('doc-charter', 'Customer charter.pdf', 'pdf', 'application/pdf', pdf),
  ];
  const link = {
    id: 'ln-charter' as LinkId,
    documentId: 'doc-charter' as DocumentId,
    stageId: record.stages[0]!.id as StageId,
    element: '5.1.1' as ElementId,
    page: 2,
    section: 'When you contact us',
    quote: 'We answer emails within 24 hours.',
    note: 'Email standard in the charter.',
    createdAt: '2018-01-10T09:05:00Z',
  };
  const files = new Map(documents.map((d, i) => [d.contentHash, i === 0 ? markdown : pdf]));
  const zip = await writeBundle(
    { ...record, evidence: { documents, links: [link] } },
    files,
    JSZip,
    {
      exportedAt: '2018-01-10T10:00:00Z',
      generator: 'the browser suite',
    },
  );
  const path = join(mkdtempSync(join(tmpdir(), 'fieldbook-bundle-')), 'Northfield bundle.zip');
  writeFileSync(path, zip);
  return path;
}

describe('opening a record bundle through "Open record…"', () => {
  it('imports the organisation with its documents, their text and links, on a fresh profile', async () => {
    const bundle = await sampleBundle();
    const other = await startChromium(newProfileDir());
    try {
      const fresh = await openApp(other.context, server.url);
      const chooser = fresh.waitForEvent('filechooser');
      await fresh.getByRole('button', { name: 'Open record…' }).click();
      const picker = await chooser;
      expect(await picker.element().getAttribute('accept')).toContain('.zip');
      await picker.setFiles(bundle);
      const dialog = fresh.getByRole('dialog');
      await dialog.waitFor();
      expect(await dialog.textContent()).toContain(
        'Opened "Northfield University — Library, Student Services, Careers and Reception" with 2 document files.',
      );
      await dialog.getByRole('button', { name: 'OK' }).click();
      await fresh.waitForSelector('#org-name');
      expect(await fresh.locator('#org-name').inputValue()).toBe(
        'Northfield University — Library, Student Services, Careers and Reception',
      );
      await fresh.goto(`${server.url}#/org/org-northfield-university/library`);
      await fresh.waitForSelector('#lib-title');
      await fresh.waitForFunction(
        () => document.querySelectorAll('.lib-list .doc-name').length === 2,
      );
      expect((await fresh.locator('.lib-list .doc-name').allTextContents()).sort()).toEqual([
        'Complaints procedure.md',
        'Customer charter.pdf',
      ]);
      expect(await fresh.locator('.lib-list .flag.missing').count()).toBe(0);
      expect(await fresh.locator('.lib-list .flag.linked').allTextContents()).toEqual(['1 link']);
      // Their text was read in the extraction worker (pdf.js for the PDF): search finds it.
      await fresh.locator('#lib-search').fill('emails within 24 hours');
      const hit = fresh.locator('.lib-results .hit').first();
      await hit.waitFor();
      expect(await hit.locator('.hit-doc').textContent()).toContain('Customer charter.pdf · p. 2');
    } finally {
      await other.close();
    }
  }, 120_000);
});
