import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import {
  acknowledge,
  fillAndLeave,
  openPlanPage,
  openTab,
  pointCard,
  pointStep,
  scheduleCell,
} from './support/surveillance-page';
import { useWebApp } from './support/web-app';
import { finalPicker, setMarkByKey, waitSaved } from './support/workbook-page';

/**
 * One organisation walked through its cycle in the browser build: initial assessment, the plan,
 * Surveillance 1 (progress on a point, a changed mark, its report, the on-site plan),
 * Surveillance 2 (the point cleared), then a reload that must find everything. The clock is
 * fixed (2 February 2026, later 1 April 2026) so due, contact and "overdue" are exact.
 */
let server: RunningServer;
let page: Page;

const PARTIALS = ['1.2.1', '1.3.4'];
const NOTE_134 = 'Set stretching satisfaction targets per customer group and publish the trend.';
const CLIENT_134 =
  'Targets per customer group agreed in January; first results in the “Pulse” report.';
const REASON = 'Both partials are minor and already being addressed; Low.';

useWebApp(
  (app) => {
    page = app.page;
    server = app.server;
  },
  {
    beforeLoad: async (first) => {
      await first.clock.setFixedTime(new Date('2026-02-02T10:00:00Z'));
    },
  },
);

async function reloadApp(): Promise<void> {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

describe('the surveillance cycle in the browser build', () => {
  it('marks an initial assessment: two partials with development notes, the rest Full', async () => {
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByLabel('Name of organisation').fill('Riverside Library Service');
    await page.getByLabel('Assessment reference number').fill('22/0101');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    const ids = await page
      .locator('[data-element]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-element') ?? ''));
    for (const id of ids) await setMarkByKey(page, id, 'final', PARTIALS.includes(id) ? 'p' : 'f');
    await page.locator('#el-1-3-4-dp').fill(NOTE_134);
    await page.locator('#el-1-2-1-dp').fill('Keep the customer insight up to date.');
    await expect.poll(() => page.getByTestId('final-verdict').textContent()).toContain('Achieved');
    await waitSaved(page);
  });

  it('takes the visit date on the organisation page and plans surveillance 1 from it', async () => {
    await openTab(page, 'Details & key dates');
    await fillAndLeave(page.getByLabel('Visit date(s)'), '11-12 March 2025');
    await waitSaved(page);
    await openTab(page, 'Plan & development points');
    await page.waitForSelector('[data-testid="schedule"]');
    expect(await scheduleCell(page, 'surveillance-1#1', 'due').textContent()).toContain(
      '11 March 2026',
    );
    expect(await scheduleCell(page, 'surveillance-1#1', 'contact').textContent()).toContain(
      '11 January 2026',
    );
    expect(await scheduleCell(page, 'surveillance-2#1', 'due').textContent()).toContain(
      '11 March 2027',
    );
    expect(await scheduleCell(page, 'reassessment#2', 'due').textContent()).toContain(
      '11 March 2028',
    );
    const alerts = await page.getByTestId('plan-alerts').textContent();
    expect(alerts).toContain('Contact the client about Surveillance 1');
    expect(alerts).toContain('Surveillance 1 is due on 11 March 2026 (in 37 days)');
    expect(await page.getByTestId('next').textContent()).toContain(
      'Surveillance 1 is always on-site.',
    );
  });

  it('suggests the category as a labelled heuristic, and the decision wins', async () => {
    const card = page.locator('[data-testid^="category-"]').last();
    expect(await card.getByTestId('suggested-category').textContent()).toBe('High');
    expect(await card.textContent()).toContain('default heuristic');
    expect(await card.getByTestId('suggestion-reasons').textContent()).toContain(
      'Criterion 1 has 2 partial compliances (1.2.1 and 1.3.4), at its maximum of 2.',
    );
    expect(await card.getByTestId('applied-category').textContent()).toBe('High');
    await card.getByLabel('Low').check();
    await card.getByLabel('Reason').fill(REASON);
    await expect.poll(() => card.getByTestId('applied-category').textContent()).toBe('Low');
    expect(await card.locator('summary').textContent()).toContain(
      "assessor's decision, overriding the suggested High",
    );
    expect(await card.getByLabel('Decided on').inputValue()).toBe('2 February 2026');
    await waitSaved(page);
  });

  it('starts surveillance 1 from the plan and records a document received', async () => {
    await page.getByTestId('next').getByRole('button', { name: 'Start Surveillance 1…' }).click();
    await page.getByRole('dialog', { name: 'Start Surveillance 1?' }).waitFor();
    await page.getByRole('button', { name: 'Start Surveillance 1', exact: true }).click();
    await acknowledge(page, 'Surveillance 1 started');
    const docs = page.getByTestId('documents');
    await docs.getByLabel('Latest complaints report', { exact: true }).check();
    await expect
      .poll(() => docs.getByLabel('Latest complaints report: received on').inputValue())
      .toBe('2 February 2026');
    expect(await docs.textContent()).toContain('5 of 6 outstanding');
    await page
      .getByTestId('activities')
      .getByLabel('Use of the certification mark', { exact: true })
      .check();
    await waitSaved(page);
  });

  it('records progress on a development point at surveillance 1', async () => {
    await openPlanPage(page, /Development points/);
    const card = pointCard(page, '1.3.4');
    await card.waitFor();
    expect(await card.textContent()).toContain(NOTE_134);
    expect(await card.getAttribute('data-status')).toBe('open');
    await card.getByLabel('Status of 1.3.4 at Surveillance 1').selectOption('progressing');
    await card.getByLabel('Client’s response on 1.3.4 before Surveillance 1').fill(CLIENT_134);
    await expect.poll(() => card.getAttribute('data-status')).toBe('progressing');
    await waitSaved(page);
  });

  it('reports a mark changed at surveillance 1 (P → F) in its report', async () => {
    await openTab(page, 'Surveillance 1');
    await page.waitForSelector('[data-element="1.2.1"]');
    expect(await finalPicker(page, '1.2.1').locator('[aria-checked="true"]').textContent()).toBe(
      'P',
    );
    await setMarkByKey(page, '1.2.1', 'final', 'f');
    await waitSaved(page);
    await openTab(page, 'Surveillance 1 report');
    const row = page.locator('[data-testid="changed-marks"] tr[data-change="1.2.1"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/P\s*→\s*F\s*Surveillance 1/);
    expect(await page.getByTestId('changed-marks').locator('tbody tr').count()).toBe(1);
    const scoring = page.locator('[data-testid="scoring-table"] tr[data-criterion="1"] td');
    expect(await scoring.allTextContents()).toEqual(['11', '2', '1', '0', '0']);
    await page
      .getByLabel('Criterion 1 — Customer Insight')
      .fill('Customer insight refreshed each term; targets per group.');
    await waitSaved(page);
  });

  it('pre-fills the on-site plan from the open points, then edits and reorders rows', async () => {
    await openTab(page, 'Plan & development points');
    await openPlanPage(page, 'On-site plan · Surveillance 1');
    const table = page.getByTestId('on-site-rows');
    await table.waitFor();
    expect(await table.getAttribute('data-source')).toBe('suggested');
    expect(await page.locator('#sv-row-0-issues').inputValue()).toContain(
      'Development point 1.2.1',
    );
    expect(await page.locator('#sv-row-1-issues').inputValue()).toContain(NOTE_134);
    await page.getByLabel('Key people to be seen, row 2').fill('Head of Service; two team leaders');
    await expect.poll(() => table.getAttribute('data-source')).toBe('recorded');
    await page.getByRole('button', { name: 'Add a row' }).click();
    await page.getByLabel('Key issues to be explored, row 3').fill('Opening meeting');
    await page.getByLabel('Time of row 3').fill('09:30–10:00');
    await page.getByRole('button', { name: 'Move row 3 up' }).click();
    await page.getByRole('button', { name: 'Move row 2 up' }).click();
    await expect.poll(() => page.locator('#sv-row-0-issues').inputValue()).toBe('Opening meeting');
    expect(await page.locator('#sv-row-2-people').inputValue()).toBe(
      'Head of Service; two team leaders',
    );
    await waitSaved(page);
  });

  it('moves on once surveillance 1 has been held, and starts surveillance 2', async () => {
    await page.clock.setFixedTime(new Date('2026-04-01T10:00:00Z'));
    await openTab(page, 'Details & key dates');
    await fillAndLeave(page.getByLabel('Visit date(s)').nth(1), '10 March 2026');
    await waitSaved(page);
    await openTab(page, 'Plan & development points');
    await page.waitForSelector('[data-testid="schedule"]');
    expect(await scheduleCell(page, 'surveillance-2#1', 'due').textContent()).toContain(
      '10 March 2027',
    );
    const next = page.getByTestId('next');
    expect(await next.textContent()).toContain('Next: Surveillance 2');
    expect(await next.textContent()).toContain('Surveillance 2 is off-site');
    await next.getByRole('button', { name: 'Start Surveillance 2…' }).click();
    await page.getByRole('button', { name: 'Start Surveillance 2', exact: true }).click();
    await acknowledge(page, 'Surveillance 2 started');
  });

  it('clears the development point at surveillance 2', async () => {
    await openPlanPage(page, /Development points/);
    const card = pointCard(page, '1.3.4');
    await card.getByLabel('Status of 1.3.4 at Surveillance 2').selectOption('cleared');
    await card
      .getByLabel('Assessor’s update on 1.3.4 after Surveillance 2')
      .fill('Trend published for two years. Cleared.');
    await expect.poll(() => card.getAttribute('data-status')).toBe('cleared');
    // 1.2.1 became F at surveillance 1, which cleared its point there.
    expect(await pointCard(page, '1.2.1').getAttribute('data-status')).toBe('cleared');
    await waitSaved(page);
  });

  it('finds everything again after a reload', async () => {
    await reloadApp();
    const card = pointCard(page, '1.3.4');
    await card.waitFor();
    expect(await card.getAttribute('data-status')).toBe('cleared');
    const sv1 = await pointStep(card, 'Surveillance 1').textContent();
    expect(sv1).toContain('Progressing');
    expect(sv1).toContain(CLIENT_134);
    expect(await card.getByLabel('Status of 1.3.4 at Surveillance 2').inputValue()).toBe('cleared');
    expect(
      await card.getByLabel('Assessor’s update on 1.3.4 after Surveillance 2').inputValue(),
    ).toBe('Trend published for two years. Cleared.');

    await openTab(page, 'Surveillance 1 report');
    await page.locator('[data-testid="changed-marks"] tr[data-change="1.2.1"]').waitFor();
    expect(await page.getByLabel('Criterion 1 — Customer Insight').inputValue()).toBe(
      'Customer insight refreshed each term; targets per group.',
    );

    await openTab(page, 'Plan & development points');
    await openPlanPage(page, 'On-site plan · Surveillance 1');
    await page.getByTestId('on-site-rows').waitFor();
    expect(await page.locator('#sv-row-0-issues').inputValue()).toBe('Opening meeting');
    expect(await page.locator('#sv-row-0-time').inputValue()).toBe('09:30–10:00');

    await openPlanPage(page, 'Plan & dates');
    const first = page.locator('[data-testid^="category-"]').first();
    await first.locator('summary').click();
    expect(await first.getByLabel('Reason').inputValue()).toBe(REASON);
    expect(await first.getByTestId('applied-category').textContent()).toBe('Low');
  });

  it('saves the calendar of every organisation and lists its dates on the portfolio', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Calendar (.ics)' }).click();
    const file = await (await download).path();
    const ics = readFileSync(file, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('SUMMARY:Riverside Library Service: Surveillance 2 due');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270310');
    expect(ics).toContain('DTSTAMP:20260401T100000Z');
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="due-overview"]');
    const due = await page.getByTestId('due-overview').textContent();
    expect(due).toContain('Nothing is overdue');
  });
});
