import { BrowserWindow, app, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import type { ZodType } from 'zod';
import type { InvokeName, InvokeRequest, InvokeResults } from '../shared/ipc/contract';
import { INVOKE_CHANNELS, INVOKE_REQUESTS } from '../shared/ipc/contract';
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

/** Checks that a call declared without a request got no argument. */
function parseNoRequest(channel: string, args: readonly unknown[]): undefined {
  if (args.length !== 0) throw new Error(`Invalid request to ${channel}: it takes no arguments.`);
  return undefined;
}

/**
 * Registers main's handler of bridge call `name` on its channel (INVOKE_CHANNELS). Every call
 * goes through the same preamble: the sender first (`assertTrustedSender`), then the request
 * against its contract schema (INVOKE_REQUESTS; none for a call without one), and only then
 * `fn`, whose result type the contract fixes (InvokeResults), so the bridge type the preload
 * exposes is the handlers' own.
 */
export function handle<N extends InvokeName>(
  name: N,
  devOrigin: string | null,
  fn: (request: InvokeRequest<N>, event: IpcMainInvokeEvent) => Promise<InvokeResults[N]>,
): void {
  const channel = INVOKE_CHANNELS[name];
  const schema: ZodType<unknown> | null = INVOKE_REQUESTS[name];
  ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<InvokeResults[N]> => {
    assertTrustedSender(event, channel, devOrigin);
    const request =
      schema === null ? parseNoRequest(channel, args) : parseRequest(channel, schema, args);
    return fn(request as InvokeRequest<N>, event);
  });
}

/** Registers the three file and app bridge handlers. Call once, after `app` is ready. */
export function registerIpcHandlers(devOrigin: string | null): void {
  handle('openFile', devOrigin, async (request, event) =>
    openFileWithDialog(BrowserWindow.fromWebContents(event.sender), request.kind),
  );
  handle('saveFile', devOrigin, async (request, event) =>
    saveFileWithDialog(BrowserWindow.fromWebContents(event.sender), request),
  );
  handle('appInfo', devOrigin, async () => ({
    version: app.getVersion(),
    platform: process.platform,
  }));
}
