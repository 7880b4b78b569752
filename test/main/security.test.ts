import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isAllowedRequestUrl, lockDownSession, lockDownWebContents } from '../../src-main/security';
import { FakeSession, FakeWebContents } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const DEV = 'http://localhost:5173';

const warn = vi.spyOn(console, 'warn');
beforeEach(() => {
  warn.mockReset().mockImplementation(() => undefined);
});

function lockedContents(devOrigin: string | null = null): FakeWebContents {
  const contents = new FakeWebContents();
  lockDownWebContents(contents as unknown as WebContents, devOrigin);
  return contents;
}

function lockedSession(devOrigin: string | null = null): FakeSession {
  const session = new FakeSession();
  lockDownSession(session as unknown as Session, devOrigin);
  return session;
}

/** Emits `name` with a fake Electron event for `url`; true when the handler prevented it. */
function emitPrevented(contents: FakeWebContents, name: string, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length > 0;
}

describe('web contents lockdown', () => {
  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'app://other/',
    'http://localhost:5173/',
    'javascript:alert(1)',
  ])('prevents navigating or redirecting to %s', (url) => {
    const contents = lockedContents();
    expect(emitPrevented(contents, 'will-navigate', url)).toBe(true);
    expect(emitPrevented(contents, 'will-redirect', url)).toBe(true);
  });

  it('lets the app navigate within its own origin', () => {
    expect(emitPrevented(lockedContents(), 'will-navigate', 'app://fieldbook/index.html')).toBe(
      false,
    );
  });

  it('lets the dev server navigate within its own origin in dev only', () => {
    expect(emitPrevented(lockedContents(DEV), 'will-navigate', `${DEV}/index.html`)).toBe(false);
    expect(emitPrevented(lockedContents(DEV), 'will-navigate', 'http://localhost:5174/')).toBe(
      true,
    );
  });

  it('denies every window.open', () => {
    const contents = lockedContents();
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const contents = lockedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('session lockdown', () => {
  const PERMISSIONS = [
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'unknown',
  ];

  it.each(PERMISSIONS)('answers a request for %s with false, even from the app', (permission) => {
    const session = lockedSession();
    const callback = vi.fn();
    session.permissionRequest?.({}, permission, callback, { requestingUrl: 'app://fieldbook/' });
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.permissionCheck?.({}, permission, 'app://fieldbook')).toBe(false);
  });

  it('grants persistent storage to the app origin only', () => {
    const session = lockedSession();
    const callback = vi.fn();
    session.permissionRequest?.({}, 'persistent-storage', callback, {
      requestingUrl: 'app://fieldbook/index.html',
    });
    expect(callback).toHaveBeenCalledWith(true);
    expect(session.permissionCheck?.({}, 'persistent-storage', 'app://fieldbook')).toBe(true);
    expect(session.permissionCheck?.({}, 'persistent-storage', 'https://evil.example')).toBe(false);
    const other = vi.fn();
    session.permissionRequest?.({}, 'persistent-storage', other, {
      requestingUrl: 'https://evil.example/',
    });
    expect(other).toHaveBeenCalledWith(false);
  });

  it.each([
    ['https://evil.example/x.js', true],
    ['http://127.0.0.1:8080/', true],
    ['ws://localhost:5173/', true],
    ['file:///etc/passwd', true],
    ['ftp://example.com/', true],
    ['app://other/index.html', true],
    ['app://fieldbook/assets/app.js', false],
    ['data:image/png;base64,AAAA', false],
    ['blob:app://fieldbook/4f1e', false],
    ['devtools://devtools/bundled/inspector.html', false],
  ])('cancels %s: %s', (url, cancelled) => {
    const session = lockedSession();
    const callback = vi.fn();
    session.beforeRequest?.({ url }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: cancelled });
    expect(warn).toHaveBeenCalledTimes(cancelled ? 1 : 0);
  });

  it('locks each session once', () => {
    const session = new FakeSession();
    lockDownSession(session as unknown as Session, null);
    lockDownSession(session as unknown as Session, null);
    expect(session.webRequest.onBeforeRequest).toHaveBeenCalledTimes(1);
  });
});

describe('isAllowedRequestUrl in dev', () => {
  it('allows the dev server and its HMR socket, and nothing else on the network', () => {
    expect(isAllowedRequestUrl(`${DEV}/src/main.tsx`, DEV)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5173/?token=x', DEV)).toBe(true);
    expect(isAllowedRequestUrl('ws://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedRequestUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isAllowedRequestUrl('https://evil.example/', DEV)).toBe(false);
    expect(isAllowedRequestUrl('ws://localhost:5173/', null)).toBe(false);
  });
});
