import type { Locator, Page } from 'playwright-core';

/** Clicks a tab of the organisation's tab bar by its visible text (or accessible name). */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.locator('nav.tabs').getByRole('link', { name, exact: true }).click();
}

/** Clicks a page of the plan's sub-navigation ("Plan & dates", "Development points", …). */
export async function openPlanPage(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('nav.sv-subnav').getByRole('link', { name }).click();
}

/** Confirms the store's message dialog (e.g. "Surveillance 1 started") and waits for it to go. */
export async function acknowledge(page: Page, title: string): Promise<string> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  const text = (await dialog.textContent()) ?? '';
  if (!text.includes(title)) throw new Error(`expected the dialog "${title}", found: ${text}`);
  await dialog.getByRole('button', { name: 'OK' }).click();
  await dialog.waitFor({ state: 'detached' });
  return text;
}

/** The card of a development point on the points page, by element (and raising stage id). */
export function pointCard(page: Page, element: string): Locator {
  return page.locator(`article.sv-point[data-point^="${element}@"]`);
}

/** The row of a development point's history at one stage, by the stage's title. */
export function pointStep(card: Locator, stageTitle: string): Locator {
  return card
    .locator('tbody tr')
    .filter({ has: card.page().getByRole('rowheader', { name: stageTitle }) });
}

/** The text of a cell of the plan's cycle-dates table: `due`, `contact`. */
export function scheduleCell(page: Page, itemKey: string, cell: 'due' | 'contact'): Locator {
  return page.locator(`[data-testid="schedule"] tr[data-item="${itemKey}"] [data-cell="${cell}"]`);
}

/** Fills a text field and leaves it (blur commits date fields). */
export async function fillAndLeave(field: Locator, text: string): Promise<void> {
  await field.fill(text);
  await field.press('Tab');
}
