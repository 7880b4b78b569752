/**
 * Drives Debian's Chromium for the browser suite. Chromium is started by us (not by Playwright)
 * so that a test can SIGKILL its whole process group like a crash, then start it again on the
 * same profile; Playwright attaches over the DevTools protocol.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--window-size=1440,900',
  '--remote-debugging-port=0',
];

export interface RunningChromium {
  readonly process: ChildProcess;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly profileDir: string;
  /** Kills every process of this Chromium at once, as a crash or power cut would. */
  crash(): Promise<void>;
  close(): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'fieldbook-profile-'));
}

/** Starts Chromium on `profileDir` and attaches Playwright to it. */
export async function startChromium(profileDir: string): Promise<RunningChromium> {
  const child = spawn(CHROMIUM_PATH, [...FLAGS, `--user-data-dir=${profileDir}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wsUrl = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start: ${buffer.slice(-500)}`)),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}): ${buffer.slice(-500)}`));
    });
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const browser = await chromium.connectOverCDP(wsUrl);
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const killGroup = (): void => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  return {
    process: child,
    browser,
    context,
    profileDir,
    async crash() {
      killGroup();
      await exited;
      await browser.close().catch(() => undefined);
    },
    async close() {
      await browser.close().catch(() => undefined);
      killGroup();
      await exited;
    },
  };
}

/** A page of the app, waiting until it has opened its database and rendered. */
export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 20_000 });
  return page;
}
