import type { Locator, Page } from 'playwright-core';

export function dtrPicker(page: Page, element: string): Locator {
  return page.locator(`[data-element="${element}"] [role="radiogroup"]`).nth(0);
}

export function finalPicker(page: Page, element: string): Locator {
  return page.locator(`[data-element="${element}"] [role="radiogroup"]`).nth(1);
}

/** Focuses a mark picker the way Tab would (its checked radio) and presses a mark key. */
export async function setMarkByKey(
  page: Page,
  element: string,
  which: 'dtr' | 'final',
  key: string,
): Promise<void> {
  const picker = which === 'dtr' ? dtrPicker(page, element) : finalPicker(page, element);
  await picker.locator('[tabindex="0"]').focus();
  await page.keyboard.press(key);
}

/** Waits until the status bar says the last change committed. */
export async function waitSaved(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('[data-testid="save-status"]')?.textContent === 'Saved',
    undefined,
    { timeout: 15_000 },
  );
}
