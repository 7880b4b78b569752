import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { useWebApp } from './support/web-app';
import { finalPicker, dtrPicker, setMarkByKey, waitSaved } from './support/workbook-page';

let server: RunningServer;
let page: Page;

useWebApp((app) => {
  page = app.page;
  server = app.server;
});

describe('the workbook in the browser build', () => {
  it('creates an organisation and lands in its initial assessment', async () => {
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByLabel('Name of organisation').fill('Riverside Library Service');
    await page.getByLabel('Assessment reference number').fill('22/0101');
    await page.getByRole('button', { name: 'Create' }).click();
    await page.waitForSelector('[data-element="1.1.1"]');
    expect(await page.locator('[data-element]').count()).toBe(57);
    await expect
      .poll(() => page.getByTestId('final-verdict').textContent())
      .toContain('Incomplete');
  });

  it('fills evidence and marks by keyboard only', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('1.1.1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('el-1-1-1-dte');
    await page.keyboard.type('Customer profile 2025 — “who uses the library”; Zoë’s survey £5 ✓');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Discuss with managers and staff');
    await page.keyboard.press('Tab');
    await page.keyboard.type('VO');
    await page.keyboard.press('Tab');
    await page.keyboard.press('p'); // DTR mark
    await page.keyboard.press('Tab');
    await page.keyboard.press('f'); // final mark
    expect(await dtrPicker(page, '1.1.1').locator('[aria-checked="true"]').textContent()).toBe('P');
    expect(await finalPicker(page, '1.1.1').locator('[aria-checked="true"]').textContent()).toBe(
      'F',
    );

    // Alt+↓ moves to the next element; its first field takes the typing.
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-element]')?.getAttribute('data-element'),
        ),
      )
      .toBe('1.1.2');
    await page.keyboard.type('Customer insight report');
    await setMarkByKey(page, '1.1.2', 'final', 'c');
    await page.waitForSelector('#el-1-1-2-cp'); // the CP justification appears with the CP
    await page.locator('#el-1-1-2-cp').fill('Exemplary use of insight, shared with the sector.');
    await waitSaved(page);
  });

  it('moves the compliance panel and verdict as marks change', async () => {
    const row1 = page.locator('.compliance tr[data-criterion="1"] td');
    expect(await row1.nth(1).textContent()).toBe('1'); // final CP
    expect(await row1.nth(2).textContent()).toBe('1'); // final F
    expect(
      await page.locator('.compliance tr[data-criterion-dtr="1"] td').nth(3).textContent(),
    ).toBe('1/2'); // DTR P
    for (const id of await page
      .locator('[data-element]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-element') ?? ''))) {
      if (id === '1.1.1' || id === '1.1.2') continue;
      await setMarkByKey(page, id, 'final', 'f');
    }
    await expect.poll(() => page.getByTestId('final-verdict').textContent()).toContain('Achieved');
    for (const id of ['4.3.1', '4.3.2', '4.3.3']) await setMarkByKey(page, id, 'final', 'p');
    await expect.poll(() => page.getByTestId('final-verdict').textContent()).toContain('Achieved');
    expect(await page.getByTestId('final-verdict').textContent()).toContain(
      'Under “Strict 80%” this would be not achieved',
    );
    await setMarkByKey(page, '4.3.4', 'final', 'p');
    await expect
      .poll(() => page.getByTestId('final-verdict').textContent())
      .toContain('Not achieved');
    expect(await page.getByTestId('final-verdict').textContent()).toContain(
      'Criterion 4: 4 partial compliances (4.3.1, 4.3.2, 4.3.3 and 4.3.4), at most 3 allowed',
    );
    expect(
      await page
        .locator('.compliance tr[data-criterion="4"] [data-final-status]')
        .getAttribute('data-final-status'),
    ).toBe('fails');
    await waitSaved(page);
  });

  it('finds everything again after a reload', async () => {
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForSelector('[data-element="1.1.1"]');
    expect(await page.locator('#el-1-1-1-dte').inputValue()).toBe(
      'Customer profile 2025 — “who uses the library”; Zoë’s survey £5 ✓',
    );
    expect(await page.locator('#el-1-1-1-kq').inputValue()).toBe('Discuss with managers and staff');
    expect(await page.locator('#el-1-1-1-ve').inputValue()).toBe('VO');
    expect(await page.locator('#el-1-1-2-cp').inputValue()).toBe(
      'Exemplary use of insight, shared with the sector.',
    );
    expect(await dtrPicker(page, '1.1.1').locator('[aria-checked="true"]').textContent()).toBe('P');
    expect(await finalPicker(page, '4.3.4').locator('[aria-checked="true"]').textContent()).toBe(
      'P',
    );
    expect(await page.getByTestId('final-verdict').textContent()).toContain('Not achieved');

    // The audit trail of an element lists its changes, old → new.
    await page.locator('[data-element="4.3.4"] .history-toggle').click();
    const history = page.getByRole('list', { name: 'Change history of 4.3.4' });
    await history.waitFor();
    const lines = await history.locator('li').allTextContents();
    expect(lines[0]).toContain('Visit (final) result: F → P');
    expect(lines[1]).toContain('Visit (final) result: — → F');
    await page.goto(server.url);
    await page.waitForSelector('table.grid');
    const row = page.locator('table.grid tbody tr', { hasText: 'Riverside Library Service' });
    expect(await row.textContent()).toContain('22/0101');
    expect(await row.textContent()).toContain('57/57');
    expect(await row.textContent()).toContain('Not achieved');
  });
});
