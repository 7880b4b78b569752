import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor } from './content-type';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, parseUrl } from './origin';

/**
 * The `app://fieldbook` scheme that serves the renderer build. Chromium must know the scheme is
 * standard (IndexedDB and a real origin need it) and secure before the app is ready.
 */

/** The Content-Security-Policy sent with every response of the app scheme. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Registers `app:` as standard, secure and fetchable. Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves files of `rootDir` (the renderer build) under `app://fieldbook`. Call once when ready. */
export function handleAppScheme(rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rootDir, request));
}

/**
 * The file inside `rootDir` that `requestUrl` names, or null when the URL is not a plain path
 * under `app://fieldbook/`. The raw URL is checked segment by segment *before* any URL parser
 * normalises it, so `..`, `%2e%2e`, encoded slashes and backslashes, NUL and other control
 * characters, drive letters, empty segments and other hosts, ports or credentials are refused
 * rather than silently resolved. `app://fieldbook/` means `index.html`.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  const parsed = parseUrl(requestUrl);
  if (parsed === null || parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) {
    return null;
  }
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  const segments: string[] = [];
  for (const raw of rawPath === '' ? ['index.html'] : rawPath.split('/')) {
    const segment = decodeSegment(raw);
    if (segment === null) return null;
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const filePath = join(root, ...segments);
  const inside = relative(root, filePath);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return filePath;
}

/** One decoded path segment, or null when it is empty, a dot segment or holds a forbidden character. */
function decodeSegment(raw: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (segment === '' || segment === '.' || segment === '..') return null;
  // Separators, Windows drive and stream colons, NUL and other control characters.
  if (/[/\\:]/.test(segment) || hasControlCharacter(segment)) return null;
  // Windows device names open devices, not files, whatever folder they are joined to.
  if (/^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i.test(segment)) return null;
  return segment;
}

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/**
 * Answers one request of the app scheme: GET/HEAD only, the file's bytes with its Content-Type
 * and the CSP, 404 for anything unresolvable or missing. Never lists folders, never follows a
 * path outside `rootDir`.
 */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return textResponse(405, 'Method not allowed');
  }
  const filePath = resolveAppPath(rootDir, request.url);
  if (filePath === null) return textResponse(404, 'Not found');
  let body: Buffer;
  try {
    body = await readFile(filePath);
  } catch {
    return textResponse(404, 'Not found');
  }
  const headers = securityHeaders(contentTypeFor(filePath));
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers,
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
}
