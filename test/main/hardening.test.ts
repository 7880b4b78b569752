// Property tests of the main-process lockdown, beyond the examples in protocol, security and
// ipc tests: random paths never leave the renderer folder, random senders and random requests
// never reach a dialog or the disk, random URLs never navigate, and no permission but
// persistent storage is ever granted.
import { join, relative, resolve, sep } from 'node:path';
import type { Session, WebContents } from 'electron';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { registerBackupHandlers } from '../../src-main/backup-ipc';
import { registerIpcHandlers } from '../../src-main/ipc';
import { resolveAppPath } from '../../src-main/protocol';
import { lockDownSession, lockDownWebContents } from '../../src-main/security';
import { FakeSession, FakeWebContents, fakeElectron, invokeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const ROOT = resolve('/srv/renderer');
const { dialog, ipcMain } = fakeElectron;

function inside(path: string): boolean {
  const rel = relative(ROOT, path);
  return (
    rel !== '' && !rel.startsWith('..') && !rel.split(sep).includes('..') && !rel.includes('\u0000')
  );
}

describe('app:// paths', () => {
  it.each([
    ['app://fieldbook/%252e%252e/%252e%252e/etc/passwd', ['%2e%2e', '%2e%2e', 'etc', 'passwd']],
    ['app://fieldbook/assets/%252e%252e%252fsecret', ['assets', '%2e%2e%2fsecret']],
    ['app://fieldbook/%25%32%65%25%32%65/x', ['%2e%2e', 'x']],
  ])('decodes %s once, so double encoding stays a literal name inside the folder', (url, parts) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, ...parts));
  });

  it.each([
    'app://fieldbook/%2e%2e%00/x',
    'app://fieldbook/x%00',
    'app://fieldbook/%C0%AE%C0%AE/etc/passwd',
    'app://fieldbook/%uff0e%uff0e/etc',
    'app://fieldbook/..%2f..%252fetc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });

  it('never resolves a random path outside the renderer folder', () => {
    const token = fc.constantFrom(
      '..',
      '.',
      '%2e',
      '%2E',
      '%2e%2e',
      '%252e',
      '%25',
      '%2f',
      '%2F',
      '%5c',
      '%5C',
      '/',
      '\\',
      '%00',
      '\u0000',
      '%c0%ae',
      'C:',
      '%3a',
      'etc',
      'passwd',
      'index.html',
      'assets',
      '~',
      ' ',
      '?',
      '#',
      '%',
      'con',
      'a.b',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const path = resolveAppPath(ROOT, `app://fieldbook/${tokens.join('')}`);
        expect(path === null || inside(path)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('IPC: random senders and random requests', () => {
  beforeEach(() => {
    ipcMain.handlers.clear();
    registerIpcHandlers(null);
    registerBackupHandlers(null, () => '/nonexistent-backups');
  });
  afterEach(() => vi.clearAllMocks());

  const invoke = (channel: string, url: string | null, ...args: unknown[]): Promise<unknown> =>
    Promise.resolve().then(() => ipcMain.handlers.get(channel)?.(invokeEvent(url), ...args));

  it('refuses every frame that is not exactly the app origin, on every channel', async () => {
    const channels = [...ipcMain.handlers.keys()];
    expect(channels).toHaveLength(6);
    const url = fc.oneof(
      fc.webUrl(),
      fc.string(),
      fc.constantFrom(
        'app://fieldbook.evil/',
        'app://fieldbook@evil/',
        'APP://FIELDBOOK/',
        'app:fieldbook/',
        'app://%66ieldbook/',
      ),
    );
    await fc.assert(
      fc.asyncProperty(url, fc.constantFrom(...channels), async (frameUrl, channel) => {
        fc.pre(!/^app:\/\/fieldbook(?:\/|$)/.test(frameUrl));
        await expect(invoke(channel, frameUrl, { kind: 'record' })).rejects.toThrow(/^Refused /);
      }),
      { numRuns: 300 },
    );
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('refuses every malformed request before any dialog or file access', async () => {
    const app = 'app://fieldbook/index.html';
    const channels = [
      CHANNELS.openFile,
      CHANNELS.saveFile,
      CHANNELS.backupWrite,
      CHANNELS.backupRead,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), fc.anything(), async (channel, request) => {
        const valid =
          channel === CHANNELS.openFile &&
          (request as { kind?: unknown } | null)?.kind !== undefined;
        fc.pre(!valid);
        await expect(invoke(channel, app, request)).rejects.toThrow(/^Invalid request to /);
      }),
      { numRuns: 400 },
    );
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('navigation, windows and permissions', () => {
  it('prevents navigating anywhere outside app://fieldbook', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as WebContents, null);
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.string()),
        (url) => {
          fc.pre(!url.startsWith('app://fieldbook/'));
          for (const name of ['will-navigate', 'will-redirect']) {
            const event = { url, preventDefault: vi.fn() };
            contents.emit(name, event, url);
            expect(event.preventDefault).toHaveBeenCalled();
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('denies window.open whatever it asks for, the app itself included', () => {
    const contents = new FakeWebContents();
    lockDownWebContents(contents as unknown as WebContents, null);
    const handler = contents.windowOpenHandler as unknown as (details: { url: string }) => unknown;
    for (const url of [
      'app://fieldbook/index.html',
      'https://example.com/',
      'about:blank',
      'javascript:1',
    ])
      expect(handler({ url })).toEqual({ action: 'deny' });
  });

  it('grants no permission Electron knows except persistent storage, and that to the app only', () => {
    const session = new FakeSession();
    lockDownSession(session as unknown as Session, null);
    const electronPermissions = [
      'clipboard-read',
      'clipboard-sanitized-write',
      'display-capture',
      'fullscreen',
      'geolocation',
      'idle-detection',
      'media',
      'mediaKeySystem',
      'midi',
      'midiSysex',
      'notifications',
      'pointerLock',
      'keyboardLock',
      'openExternal',
      'speaker-selection',
      'storage-access',
      'top-level-storage-access',
      'window-management',
      'unknown',
      'fileSystem',
      'hid',
      'serial',
      'usb',
      'bluetooth',
      'background-sync',
      'accessibility-events',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...electronPermissions, 'persistent-storage'),
        fc.oneof(fc.webUrl(), fc.constant('app://fieldbook/')),
        (permission, origin) => {
          const expected =
            permission === 'persistent-storage' && origin.startsWith('app://fieldbook');
          const callback = vi.fn();
          session.permissionRequest?.({}, permission, callback, { requestingUrl: origin });
          expect(callback).toHaveBeenCalledWith(expected);
          expect(session.permissionCheck?.({}, permission, origin)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
