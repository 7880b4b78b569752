import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from '../../../scripts/static-server';
import { newProfileDir, openApp, startChromium } from './chromium';
import type { RunningChromium } from './chromium';
import { openSampleRecord } from './open-record';
import { serveWebBuild } from './web-build';

/** The browser suite's usual world for one test file. */
export interface WebApp {
  /** The built renderer, served. */
  readonly server: RunningServer;
  /** Chromium on a profile of its own. */
  readonly chrome: RunningChromium;
  /** The app, open and ready, on Chromium's first tab. */
  readonly page: Page;
}

export interface WebAppOptions {
  /** Runs on the first tab before the app loads: a clock to install, listeners to add. */
  readonly beforeLoad?: (first: Page) => Promise<void> | void;
  /** Opens the sample record (and waits for its organisation page) once the app is ready. */
  readonly openSample?: boolean;
}

/**
 * Registers the current test file's set-up and tear-down: before its tests, the build is served,
 * Chromium started on a new profile and the app opened (the sample record too, with `openSample`),
 * then `ready` receives them (to keep what the file uses, and to go on setting up); after its
 * tests, Chromium and the server are closed.
 */
export function useWebApp(
  ready: (app: WebApp) => Promise<void> | void,
  options: WebAppOptions = {},
): void {
  let server: RunningServer | undefined;
  let chrome: RunningChromium | undefined;
  beforeAll(async () => {
    server = await serveWebBuild();
    chrome = await startChromium(newProfileDir());
    if (options.beforeLoad) {
      await options.beforeLoad(chrome.context.pages()[0] ?? (await chrome.context.newPage()));
    }
    const page = await openApp(chrome.context, server.url);
    if (options.openSample) await openSampleRecord(page);
    await ready({ server, chrome, page });
  });
  afterAll(async () => {
    await chrome?.close();
    await server?.close();
  });
}
