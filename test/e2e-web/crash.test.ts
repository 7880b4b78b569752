import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../scripts/static-server';
import { newProfileDir, openApp, startChromium } from './support/chromium';
import { serveWebBuild } from './support/web-build';

let server: RunningServer;
beforeAll(async () => {
  server = await serveWebBuild();
});
afterAll(async () => {
  await server?.close();
});

/** Trials of kill-while-typing (CRASH_TRIALS overrides); each takes a few seconds. */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 20);
/** Room for every trial on a loaded machine, never less than the suite's default. */
const TIMEOUT_MS = Math.max(120_000, TRIALS * 12_000);
const FIELD = '#el-1-1-1-dte';

/** The field's text at a moment the status bar says "Saved" (read in one task, so atomic). */
async function acknowledged(page: Page): Promise<string | null> {
  return page.evaluate((sel) => {
    const status = document.querySelector('[data-testid="save-status"]')?.textContent;
    const field = document.querySelector<HTMLTextAreaElement>(sel);
    return status === 'Saved' && field ? field.value : null;
  }, FIELD);
}

describe('killing the browser while typing', () => {
  it(
    `keeps every change acknowledged as saved (${TRIALS} trials)`,
    async () => {
      const profile = newProfileDir();
      let chrome = await startChromium(profile);
      let page = await openApp(chrome.context, server.url);
      await page.getByRole('button', { name: 'New organisation' }).click();
      await page.getByLabel('Name of organisation').fill('Crash Test Council');
      await page.getByRole('button', { name: 'Create' }).click();
      await page.waitForSelector(FIELD);
      const workbookUrl = page.url();
      const outcomes: string[] = [];
      let seed = 7;
      const random = (): number => (seed = (seed * 16807) % 2147483647) / 2147483647;

      // Whatever happens, the last Chromium started is killed (no stray browser after a failure).
      try {
        for (let trial = 1; trial <= TRIALS; trial += 1) {
          await page.locator(FIELD).focus();
          await page.keyboard.press('End');
          await page.keyboard.type(` [trial ${trial} saved part]`);
          let saved: string | null = null;
          for (let i = 0; i < 100 && saved === null; i += 1) {
            saved = await acknowledged(page);
            if (saved === null) await page.waitForTimeout(50);
          }
          expect(saved, 'the status bar reported Saved').not.toBeNull();
          // Keep typing, then kill every Chromium process at a random moment mid-typing.
          const typing = page.keyboard
            .type(` unsaved-${trial}-${'x'.repeat(60)}`, { delay: 15 })
            .catch(() => undefined);
          await new Promise((r) => setTimeout(r, 150 + Math.floor(random() * 900)));
          const lastSeen = (await acknowledged(page).catch(() => null)) ?? saved;
          await chrome.crash();
          await typing;

          chrome = await startChromium(profile);
          page = await openApp(chrome.context, workbookUrl);
          await page.waitForSelector(FIELD);
          const after = await page.locator(FIELD).inputValue();
          const kept = after.startsWith(lastSeen ?? '');
          const outcome = `trial ${trial}/${TRIALS}: acknowledged ${lastSeen?.length ?? 0} chars, found ${after.length} chars after restart — ${kept ? 'all acknowledged text present' : 'LOST ACKNOWLEDGED TEXT'}`;
          outcomes.push(outcome);
          console.log(outcome);
          expect(after.startsWith(lastSeen ?? ''), `trial ${trial}`).toBe(true);
        }
        console.log(`${outcomes.length} trials, none lost acknowledged text`);
      } finally {
        await chrome.close();
      }
    },
    TIMEOUT_MS,
  );
});
