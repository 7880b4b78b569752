import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  handleAppScheme,
  registerAppScheme,
  resolveAppPath,
  serveAppRequest,
} from '../../src-main/protocol';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const ROOT = resolve('/srv/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://fieldbook/', 'index.html'],
    ['app://fieldbook/index.html', 'index.html'],
    ['app://fieldbook/assets/index-abc.js', `assets${sep}index-abc.js`],
    ['app://fieldbook/assets/app.css?v=2#top', `assets${sep}app.css`],
    ['app://fieldbook/fonts/Noto%20Sans.woff2', `fonts${sep}Noto Sans.woff2`],
    ['app://fieldbook/a..b/c...d', `a..b${sep}c...d`],
  ])('%s → <root>/%s', (url, inside) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, inside));
  });

  it.each([
    'app://fieldbook/../etc/passwd',
    'app://fieldbook/assets/../../etc/passwd',
    'app://fieldbook/..',
    'app://fieldbook/%2e%2e/etc/passwd',
    'app://fieldbook/%2E%2E/etc/passwd',
    'app://fieldbook/.%2e/etc/passwd',
    'app://fieldbook/assets/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://fieldbook/..%2f..%2fetc/passwd',
    'app://fieldbook/..%2Fetc/passwd',
    'app://fieldbook/..%5c..%5cwindows/win.ini',
    'app://fieldbook/assets%5cindex.js',
    'app://fieldbook/assets\\..\\..\\secret',
    'app://fieldbook//etc/passwd',
    'app:///etc/passwd',
    '//etc/passwd',
    '/etc/passwd',
    'app://fieldbook/C:/Windows/win.ini',
    'app://fieldbook/C%3A%5CWindows%5Cwin.ini',
    'app://fieldbook/index.html%00.png',
    'app://fieldbook/index.html\u0000.png',
    'app://fieldbook/a%0ab',
    'app://fieldbook/./index.html',
    'app://fieldbook/assets/',
    'app://fieldbook/%E0%A4%A',
    'app://fieldbook/CON',
    'app://fieldbook/nul.txt',
    'app://other/index.html',
    'app://fieldbook.evil/index.html',
    'app://fieldbook:80/index.html',
    'app://user@fieldbook/index.html',
    'APP://fieldbook/index.html',
    'file:///srv/renderer/index.html',
    'https://fieldbook/index.html',
    'app://fieldbook',
    '',
  ])('refuses %j', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('serveAppRequest', () => {
  let root: string;
  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'fieldbook-out-'));
    await writeFile(join(base, 'outside-secret.txt'), 'secret');
    root = join(base, 'renderer');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'assets', 'blob.xyz'), 'opaque');
  });

  const get = (url: string, method = 'GET'): Promise<Response> =>
    serveAppRequest(root, new Request(url, { method }));

  it.each([
    ['app://fieldbook/', 'text/html; charset=utf-8', '<!doctype html><title>x</title>'],
    ['app://fieldbook/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['app://fieldbook/assets/blob.xyz', 'application/octet-stream', 'opaque'],
  ])('serves %s as %s with the CSP', async (url, type, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('answers 404 for missing files, folders and escapes, still with the CSP', async () => {
    for (const url of [
      'app://fieldbook/missing.js',
      'app://fieldbook/assets',
      'app://fieldbook/%2e%2e/outside-secret.txt',
    ]) {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://fieldbook/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://fieldbook/index.html', 'POST')).status).toBe(405);
  });

  it('is what handleAppScheme registers for the app scheme', async () => {
    handleAppScheme(root);
    const [scheme, handler] = fakeElectron.protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://fieldbook/index.html'))).status).toBe(200);
  });
});

describe('the CSP and the scheme registration', () => {
  it('sends the agreed policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self' blob: data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is the page’s <meta> policy plus frame-ancestors, which only a header can carry', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../src-renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // A <meta> frame-ancestors is ignored and logged as an error on every load.
    expect(meta).not.toContain('frame-ancestors');
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
    const { WEB_CSP } = await import('../../scripts/static-server');
    expect(WEB_CSP).toBe(CONTENT_SECURITY_POLICY);
  });

  it('registers app: as standard, secure and fetchable', () => {
    registerAppScheme();
    expect(fakeElectron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});
