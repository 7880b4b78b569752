/**
 * The app's one trusted origin. IndexedDB is keyed by origin, so `app://fieldbook` is fixed
 * forever: renaming the scheme or the host would start every assessor from an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'fieldbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What production windows load. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * The dev server origin electron-vite announces in `ELECTRON_RENDERER_URL`, or null. A packaged
 * app never trusts it, so an environment variable cannot point a release build at a web page.
 */
export function devRendererOrigin(
  isPackaged: boolean,
  rendererUrl: string | undefined,
): string | null {
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') return null;
  const url = parseUrl(rendererUrl);
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  return url.origin;
}

/** True when `url` belongs to the app: `app://fieldbook/…`, or exactly the dev server's origin. */
export function isTrustedAppUrl(url: string, devOrigin: string | null): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (isAppOrigin(parsed)) return true;
  return devOrigin !== null && isHttp(parsed) && parsed.origin === devOrigin;
}

/**
 * True for `app://fieldbook` with no credentials and no port. Node's URL gives non-special
 * schemes an opaque origin ("null"), so the parts are compared instead of `origin`.
 */
export function isAppOrigin(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** `new URL` that returns null instead of throwing on malformed input. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}
