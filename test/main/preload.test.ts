import { readdir, readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { DesktopBridge, FlushOutcome } from '../../shared/ipc/contract';
import { CHANNELS, MENU_COMMANDS, isMenuCommand } from '../../shared/ipc/contract';
import { fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { contextBridge, ipcRenderer } = fakeElectron;
let desktop: DesktopBridge;

beforeAll(async () => {
  await import('../../src-main/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, value] = contextBridge.exposeInMainWorld.mock.calls[0] as [string, DesktopBridge];
  expect(key).toBe('desktop');
  desktop = value;
});

/** Lets pending promise callbacks run. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Main sending `channel` with `args`, as Electron would (event first). */
function fromMain(channel: string, ...args: unknown[]): void {
  ipcRenderer.emit(channel, { sender: ipcRenderer, ports: [] }, ...args);
}

describe('window.desktop', () => {
  it('holds exactly the bridge functions and nothing else', () => {
    expect(Object.keys(desktop).sort()).toEqual(
      [
        'appInfo',
        'listBackups',
        'onFlushRequest',
        'onMenuCommand',
        'openFile',
        'readBackup',
        'saveFile',
        'writeBackup',
      ].sort(),
    );
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function');
    expect(Object.values(desktop)).not.toContain(ipcRenderer);
  });

  it('forwards requests to their channels unchanged', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ version: '1', platform: 'linux' });
    await expect(desktop.appInfo()).resolves.toEqual({ version: '1', platform: 'linux' });
    const bytes = new Uint8Array([1]);
    await desktop.openFile({ kind: 'pdf' });
    await desktop.saveFile({ kind: 'record', suggestedName: 'a.json', bytes });
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      [CHANNELS.appInfo],
      [CHANNELS.openFile, { kind: 'pdf' }],
      [CHANNELS.saveFile, { kind: 'record', suggestedName: 'a.json', bytes }],
    ]);
  });

  it('passes only known menu commands, as bare strings, until unsubscribed', () => {
    const listener = vi.fn();
    const unsubscribe = desktop.onMenuCommand(listener);
    fromMain(CHANNELS.menuCommand, 'find-element');
    fromMain(CHANNELS.menuCommand, 'rm -rf');
    fromMain(CHANNELS.menuCommand, { command: 'about' });
    fromMain(CHANNELS.menuCommand);
    expect(listener.mock.calls).toEqual([['find-element']]);
    unsubscribe();
    fromMain(CHANNELS.menuCommand, 'about');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(CHANNELS.menuCommand)).toBe(0);
  });

  it('answers a flush request once every listener settled, failures counted unsaved', async () => {
    ipcRenderer.send.mockClear();
    let release = (): void => undefined;
    const slow = vi.fn(
      () => new Promise<FlushOutcome>((resolve) => (release = () => resolve({ unsaved: 2 }))),
    );
    const failing = vi.fn(() => Promise.reject(new Error('quota')));
    const offSlow = desktop.onFlushRequest(slow);
    const offFailing = desktop.onFlushRequest(failing);
    fromMain(CHANNELS.flushRequest);
    await settle();
    expect(slow).toHaveBeenCalledWith();
    expect(failing).toHaveBeenCalledWith();
    expect(ipcRenderer.send).not.toHaveBeenCalled();
    release();
    await settle();
    expect(ipcRenderer.send).toHaveBeenCalledExactlyOnceWith(CHANNELS.flushDone, { unsaved: 3 });
    offSlow();
    offFailing();
    fromMain(CHANNELS.flushRequest);
    await settle();
    expect(ipcRenderer.send).toHaveBeenCalledTimes(2);
    expect(slow).toHaveBeenCalledTimes(1);
  });
});

describe('the preload stays tiny and sandbox-safe', () => {
  it('recognises exactly the menu commands', () => {
    for (const value of MENU_COMMANDS) expect(isMenuCommand(value)).toBe(true);
    for (const value of ['nope', '', 'toString', '__proto__', 1, null, {}])
      expect(isMenuCommand(value)).toBe(false);
    expect(Object.keys(CHANNELS)).toHaveLength(9);
  });

  it('imports nothing at run time but electron and the dependency-free channel names', async () => {
    const dir = new URL('../../src-main/preload/', import.meta.url);
    const seen = new Set<string | undefined>();
    for (const file of await readdir(dir)) {
      const source = await readFile(new URL(file, dir), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';/gm)].map(
        (match) => match[1],
      );
      for (const specifier of runtimeImports)
        expect(specifier).toMatch(/^(electron|\.\.\/\.\.\/shared\/ipc\/channels)$/);
      runtimeImports.forEach((specifier) => seen.add(specifier));
    }
    expect([...seen].sort()).toEqual(['../../shared/ipc/channels', 'electron']);
  });
});
