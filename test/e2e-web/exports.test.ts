import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { useWebApp } from './support/web-app';
import { finalPicker } from './support/workbook-page';

const OUT = mkdtempSync(join(tmpdir(), 'fieldbook-exports-'));
let page: Page;

useWebApp(
  async (app) => {
    page = app.page;
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
  },
  {
    openSample: true,
  },
);

async function exportAs(item: string): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Export ▾' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const file: Download = await download;
  const path = join(OUT, file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

describe('exports from the browser build', () => {
  it('saves the workbook as XLSX that a second reader finds complete', async () => {
    const { path, name } = await exportAs('Workbook (XLSX)');
    expect(name).toBe(
      '14-5167 Northfield University — Library, Student Services, Careers and Reception stage 1 workbook.xlsx',
    );
    const book = XLSX.read(readFileSync(path));
    expect(book.SheetNames).toContain('Scoring');
    const ids = book.SheetNames.filter((s) => /^\d /.test(s)).flatMap((s) =>
      XLSX.utils
        .sheet_to_json<string[]>(book.Sheets[s]!, { header: 1 })
        .map((r) => String(r[0] ?? ''))
        .filter((v) => /^\d\.\d\.\d$/.test(v)),
    );
    expect(new Set(ids).size).toBe(57);
  });

  it('saves the assessment record and the summary as PDFs with the verdict and every element', async () => {
    const record = await exportAs('Assessment record (PDF)');
    const text = execFileSync('pdftotext', ['-layout', record.path, '-'], { encoding: 'utf8' });
    for (const id of ['1.1.1', '2.2.5', '3.4.3', '4.3.6', '5.3.3']) expect(text).toContain(id);
    expect(text).toContain('Zoë');
    expect(text).toMatch(/Page 1 of \d+/);
    const summary = await exportAs('Summary for the certifying body (PDF)');
    const summaryText = execFileSync('pdftotext', ['-layout', summary.path, '-'], {
      encoding: 'utf8',
    });
    expect(summaryText).toContain('Achieved');
    expect(summaryText).toContain('Commercial in Confidence');
  });

  it('offers the surveillance PDFs on a surveillance stage only, and saves the report from Surveillance 1', async () => {
    await page.getByRole('button', { name: 'Export ▾' }).click();
    expect(await page.getByRole('menuitem', { name: 'Surveillance report (PDF)' }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('.tabs a', { hasText: 'Surveillance 1' }).first().click();
    await page.waitForSelector('[data-element="4.2.3"]');
    const { path, name } = await exportAs('Surveillance report (PDF)');
    expect(name).toMatch(/stage 2 surveillance report\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    expect(text).toContain('Surveillance report');
    expect(text).toContain('1. What has changed since the first assessment');
    // From P, DTR P (where the surveillance started), final F.
    expect(text).toMatch(/4\.2\.3\s+P\s+P\s+F\s+Surveillance 1/);
    expect(text).toMatch(/4 Delivery\s+13\s+3\s+2\s+0\s+0\s+Yes/);
    expect(text).toMatch(/Page 1 of \d+/);
    await page.getByRole('button', { name: 'Export ▾' }).click();
    expect(
      await page.getByRole('menuitem', { name: 'Surveillance documentation (PDF)' }).count(),
    ).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('.tabs a', { hasText: 'Initial assessment' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
  });

  it('reads an edited workbook back, shows the differences and applies the chosen ones', async () => {
    const { path } = await exportAs('Workbook (XLSX)');
    const book = XLSX.read(readFileSync(path));
    const sheet = book.Sheets[book.SheetNames.find((name) => name.startsWith('5 '))!]!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    const header = rows.findIndex((r) => r.includes('Visit (final) result'));
    const finalCol = rows[header]!.indexOf('Visit (final) result');
    const row = rows.findIndex((r) => r[0] === '5.3.3');
    XLSX.utils.sheet_add_aoa(sheet, [['f']], { origin: { r: row, c: finalCol } });
    const edited = join(OUT, 'edited.xlsx');
    writeFileSync(edited, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));

    expect(await finalPicker(page, '5.3.3').locator('[aria-checked="true"]').textContent()).toBe(
      'P',
    );
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Import edited workbook…' }).click();
    await (await chooser).setFiles(edited);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.locator('tbody tr').count()).toBe(1);
    expect(await dialog.locator('tbody tr').textContent()).toContain('5.3.3');
    await page.getByRole('button', { name: 'Apply 1 change' }).click();
    await page.getByRole('button', { name: 'OK' }).click();
    expect(await finalPicker(page, '5.3.3').locator('[aria-checked="true"]').textContent()).toBe(
      'F',
    );
    await page.reload();
    await page.waitForSelector('[data-element="5.3.3"]');
    expect(await finalPicker(page, '5.3.3').locator('[aria-checked="true"]').textContent()).toBe(
      'F',
    );
  });

  it('refuses a workbook that was not exported by the app and changes nothing', async () => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['Name', 'Mark'],
        ['x', 'F'],
      ]),
      'Sheet1',
    );
    const other = join(OUT, 'other.xlsx');
    writeFileSync(other, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Import edited workbook…' }).click();
    await (await chooser).setFiles(other);
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('this workbook was not exported by CSE Fieldbook');
    expect(await dialog.textContent()).toContain('Nothing was changed');
  });
});
