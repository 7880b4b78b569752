import type { Session, WebContents } from 'electron';
import { isAppOrigin, isTrustedAppUrl, parseUrl } from './origin';

/**
 * The web-contents and session lockdown (Electron security checklist). The app never leaves its
 * own origin, opens no windows, embeds no webviews, asks for no device permission and makes no
 * network request: an injected script gets a page that can reach nothing.
 */

/** Schemes a page may load besides the app's own origin. */
const LOCAL_SCHEMES: ReadonlySet<string> = new Set(['devtools:', 'data:', 'blob:']);

/**
 * Permissions granted, and only to the app origin. `persistent-storage` lets
 * `navigator.storage.persist()` exempt the IndexedDB records from eviction under disk pressure;
 * everything else (camera, geolocation, notifications, clipboard-read, …) is denied.
 */
const GRANTED_TO_APP: ReadonlySet<string> = new Set(['persistent-storage']);

/**
 * Whether a request may leave the renderer: the app origin and local schemes always; in dev the
 * dev server origin and its HMR websocket (same host and port). Everything else is cancelled.
 */
export function isAllowedRequestUrl(url: string, devOrigin: string | null): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (isAppOrigin(parsed) || LOCAL_SCHEMES.has(parsed.protocol)) return true;
  if (devOrigin === null) return false;
  if (isTrustedAppUrl(url, devOrigin)) return true;
  const dev = new URL(devOrigin);
  return (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') && parsed.host === dev.host;
}

/** Whether `permission` is granted to `origin` (see `GRANTED_TO_APP`). */
export function isPermissionGranted(
  permission: string,
  origin: string,
  devOrigin: string | null,
): boolean {
  return GRANTED_TO_APP.has(permission) && isTrustedAppUrl(origin, devOrigin);
}

/**
 * Locks one web contents: no navigation away from the app, no `window.open`, no `<webview>`.
 * Applied to every web contents through `app.on('web-contents-created')`.
 */
export function lockDownWebContents(contents: WebContents, devOrigin: string | null): void {
  contents.on('will-navigate', (event) => {
    if (!isTrustedAppUrl(event.url, devOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrustedAppUrl(event.url, devOrigin)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const lockedSessions = new WeakSet<Session>();

/**
 * Locks a session once: permission requests and checks answer no (Electron grants everything
 * by default), and every request outside the app is cancelled before it is sent.
 */
export function lockDownSession(session: Session, devOrigin: string | null): void {
  if (lockedSessions.has(session)) return;
  lockedSessions.add(session);
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl, devOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, devOrigin),
  );
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url, devOrigin);
    if (!allowed) console.warn(`Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });
}
