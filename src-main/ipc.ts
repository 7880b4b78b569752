import { BrowserWindow, app, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ZodType } from 'zod';
import type { AppInfo, OpenedFile, SaveFileResult } from '../shared/ipc/contract';
import { CHANNELS, openFileRequest, saveFileRequest } from '../shared/ipc/contract';
import { openFileWithDialog, saveFileWithDialog } from './dialogs';
import { isTrustedAppUrl } from './origin';

/**
 * The bridge's main side. Every handler first checks who is asking (the sending frame must be
 * the app origin), then validates its input against the contract's schemas, and only then acts.
 * Handlers return plain data; failures reject with an Error whose message says what was wrong.
 */

/**
 * Throws unless the IPC message comes from a live frame of the app origin (or, in dev, exactly
 * the dev server's origin). `senderFrame` is null once the frame navigated away or was destroyed.
 */
export function assertTrustedSender(
  event: IpcMainInvokeEvent,
  channel: string,
  devOrigin: string | null,
): void {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) {
    throw new Error(`Refused ${channel}: the sending frame no longer exists.`);
  }
  if (!isTrustedAppUrl(frame.url, devOrigin)) {
    throw new Error(`Refused ${channel}: ${JSON.stringify(frame.url)} is not the app.`);
  }
}

/**
 * The single argument of a request, validated by `schema`, or an Error listing every problem as
 * `field: message` (for example `suggestedName: a file name without folders …`).
 */
export function parseRequest<T>(channel: string, schema: ZodType<T>, args: readonly unknown[]): T {
  if (args.length !== 1) {
    throw new Error(`Invalid request to ${channel}: expected one argument, got ${args.length}.`);
  }
  const result = schema.safeParse(args[0]);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'request';
    return `${where}: ${issue.message}`;
  });
  throw new Error(`Invalid request to ${channel}: ${problems.join('; ')}.`);
}

/** Registers the three bridge handlers. Call once, after `app` is ready. */
export function registerIpcHandlers(devOrigin: string | null): void {
  ipcMain.handle(
    CHANNELS.openFile,
    async (event, ...args: unknown[]): Promise<OpenedFile | null> => {
      assertTrustedSender(event, CHANNELS.openFile, devOrigin);
      const request = parseRequest(CHANNELS.openFile, openFileRequest, args);
      return openFileWithDialog(BrowserWindow.fromWebContents(event.sender), request.kind);
    },
  );
  ipcMain.handle(CHANNELS.saveFile, async (event, ...args: unknown[]): Promise<SaveFileResult> => {
    assertTrustedSender(event, CHANNELS.saveFile, devOrigin);
    const request = parseRequest(CHANNELS.saveFile, saveFileRequest, args);
    return saveFileWithDialog(BrowserWindow.fromWebContents(event.sender), request);
  });
  ipcMain.handle(CHANNELS.appInfo, async (event, ...args: unknown[]): Promise<AppInfo> => {
    assertTrustedSender(event, CHANNELS.appInfo, devOrigin);
    if (args.length !== 0)
      throw new Error(`Invalid request to ${CHANNELS.appInfo}: it takes no arguments.`);
    return { version: app.getVersion(), platform: process.platform };
  });
}
