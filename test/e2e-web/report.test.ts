import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { checkScreen } from './support/axe';
import { openTab } from './support/surveillance-page';
import { useWebApp } from './support/web-app';
import { setMarkByKey, waitSaved } from './support/workbook-page';

/**
 * The assessment report written in the browser build: the assessor writes part of it, changes a
 * mark in the workbook, finds the development points, scores and recommendation updated, finds
 * the text again after a reload, and exports. The screen passes axe (WCAG 2.2 AA) and the check
 * before export leads, by keyboard, to the empty field.
 */

const OUT = mkdtempSync(join(tmpdir(), 'fieldbook-report-'));
const INTRO = 'Northfield University asked for certification of four services — “one front door”.';
const PASS = 'report signing passphrase';
const FOUND = 'No benchmarking group yet; the 2014 SCONUL data were seen but not used.';
let page: Page;

useWebApp(
  (app) => {
    page = app.page;
  },
  {
    openSample: true,
  },
);

const point = (element: string) => page.locator('article.rp-point', { hasText: `${element} —` });
const scoreRow = (criterion: number) =>
  page.locator(`.rp-scores tr[data-criterion="${criterion}"] td`);

async function openReport(): Promise<void> {
  await openTab(page, 'Initial assessment');
  await page.locator('nav.stage-pages').getByRole('link', { name: 'Assessment report' }).click();
  await page.waitForSelector('.rp-section[data-section="recommendation"]');
}

describe('the assessment report screen', () => {
  it('takes the assessor’s text, shows the live pre-fill and saves as they type', async () => {
    await openReport();
    await page.locator('#report-introduction').fill(INTRO);
    await expect
      .poll(() =>
        page
          .locator('.rp-field', { has: page.locator('#report-introduction') })
          .locator('.rp-count')
          .textContent(),
      )
      .toBe('11 words');
    // 4.3.5's "what would make it full" is the workbook's development note, live.
    await expect
      .poll(() => point('4.3.5').locator('[id="report-point-4.3.5-toMakeFull"]').inputValue())
      .toMatch(/^The complaints procedure has not been reviewed since 2011/);
    await point('4.2.3').locator('[id="report-point-4.2.3-found"]').fill(FOUND);
    await expect.poll(() => point('4.2.3').getByText('Your wording.').count()).toBe(1);
    await waitSaved(page);
    expect(await scoreRow(4).nth(2).textContent()).toBe('3');
    await expect
      .poll(() => page.locator('#report-recommendation').textContent())
      .toContain('The marks give: Recommend certification subject to conditions');
    expect(await page.locator('.rp-disagree').textContent()).toContain(
      'Under “Strict 80%” the marks give: Do not recommend certification',
    );
  });

  it('follows a mark changed in the workbook: points, scores and recommendation', async () => {
    await page.locator('nav.stage-pages').getByRole('link', { name: 'Workbook' }).click();
    await page.waitForSelector('[data-element="4.3.5"]');
    await setMarkByKey(page, '4.3.5', 'final', 'f');
    await waitSaved(page);
    await openReport();
    expect(await point('4.3.5').count()).toBe(0);
    expect(await scoreRow(4).nth(2).textContent()).toBe('2');
    expect(await scoreRow(4).nth(5).textContent()).toBe('84.6%');
    await expect
      .poll(() => page.locator('#report-recommendation').textContent())
      .toContain('The marks give: Recommend certification (rule profile');
    expect(await page.locator('.rp-disagree').count()).toBe(0);
    expect(await page.locator('#report-introduction').inputValue()).toBe(INTRO);
    expect(await point('4.2.3').locator('[id="report-point-4.2.3-found"]').inputValue()).toBe(
      FOUND,
    );
  });

  it('keeps everything written across a reload', async () => {
    await page.reload();
    await page.waitForSelector('.rp-section[data-section="recommendation"]');
    expect(await page.locator('#report-introduction').inputValue()).toBe(INTRO);
    expect(await point('4.2.3').locator('[id="report-point-4.2.3-found"]').inputValue()).toBe(
      FOUND,
    );
  });

  it('leads from the check to the empty field by keyboard, and confirms the recommendation', async () => {
    const gap = page.locator('.rp-check').getByRole('button', { name: 'not written yet.' }).first();
    await gap.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('report-methodology');
    await page
      .getByRole('button', { name: 'Confirm “Recommend certification”', exact: true })
      .click();
    await expect
      .poll(() => page.locator('.rp-decision-status').textContent())
      .toContain('Confirmed');
    await waitSaved(page);
  });

  it('passes the accessibility gate (axe WCAG 2.2 AA, contrast), also while overriding', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await checkScreen(page, 'assessment-report');
    await page.getByRole('radio', { name: /^Do not recommend certification/ }).check();
    await page.locator('#report-recommendation-reason').waitFor();
    await checkScreen(page, 'assessment-report-override', {
      part: page.locator('.rp-section[data-section="recommendation"]'),
    });
    await page
      .getByRole('button', { name: 'Confirm “Recommend certification”', exact: true })
      .click();
    await expect
      .poll(() => page.locator('.rp-decision-status').textContent())
      .toContain('Confirmed');
  });

  it('exports after asking, with what was written and the changed scores', async () => {
    await page.locator('.rp-check').getByRole('button', { name: 'Export PDF' }).click();
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: 'Export anyway' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      '14-5167 Northfield University — Library, Student Services, Careers and Reception stage 1 assessment report.pdf',
    );
    const path = join(OUT, 'report.pdf');
    await file.saveAs(path);
    const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(INTRO);
    expect(text).toContain(FOUND);
    expect(text).toContain('4 Delivery 13 3 2 0 0 84.6% Yes');
    expect(text).not.toContain('4.3.5 — Partial Compliance');
    // From the menu, a report with gaps is not exported: the gaps are listed instead.
    await page.getByRole('button', { name: 'Export ▾' }).click();
    await page.getByRole('menuitem', { name: 'Assessment report (Word)' }).click();
    const dialog = page.getByRole('dialog', { name: 'The report is not finished' });
    expect(await dialog.textContent()).toContain('3 Methodology: not written yet.');
    await checkScreen(page, 'dialog-report-not-finished');
    await dialog.getByRole('button', { name: 'OK' }).click();
  });

  it('is read-only once the stage is signed off, says so, and the sign-off covers it', async () => {
    await page.locator('nav.stage-pages').getByRole('link', { name: 'Workbook' }).click();
    await page.getByRole('button', { name: 'Sign off this stage…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign off Initial assessment' });
    await dialog.locator('#sign-off-passphrase').fill(PASS);
    await dialog.locator('#sign-off-repeat').fill(PASS);
    await dialog.getByRole('button', { name: 'Make key and sign off' }).click();
    const bar = page.getByTestId('sign-off');
    await expect.poll(() => bar.getAttribute('data-check'), { timeout: 30_000 }).toBe('intact');
    await openReport();
    expect(await page.locator('.rp-readonly').textContent()).toBe(
      'This stage is signed off by Siân O’Connor: its report is read-only. Withdraw the sign-off on the workbook to change it.',
    );
    const intro = page.locator('#report-introduction');
    expect(await intro.getAttribute('readonly')).not.toBeNull();
    await intro.focus();
    await page.keyboard.type('Late');
    expect(await intro.inputValue()).toBe(INTRO);
    expect(
      await point('4.2.3').locator('[id="report-point-4.2.3-found"]').getAttribute('readonly'),
    ).not.toBeNull();
    expect(await page.locator('.rp-decision').getAttribute('disabled')).not.toBeNull();
    expect(
      await page.getByRole('radio', { name: /^Do not recommend certification/ }).isDisabled(),
    ).toBe(true);
    await intro.blur();
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    await checkScreen(page, 'assessment-report-signed-off');
    // What the report holds is what was signed: the check on the workbook still finds it intact.
    await page.reload();
    await page.waitForSelector('.rp-section[data-section="recommendation"]');
    expect(await page.locator('#report-introduction').inputValue()).toBe(INTRO);
    await page.locator('nav.stage-pages').getByRole('link', { name: 'Workbook' }).click();
    await expect.poll(() => bar.getAttribute('data-check'), { timeout: 30_000 }).toBe('intact');
  });
});
