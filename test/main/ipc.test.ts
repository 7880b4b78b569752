import { mkdtemp, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, MAX_BRIDGE_FILE_BYTES } from '../../shared/ipc/contract';
import { registerIpcHandlers } from '../../src-main/ipc';
import { fakeElectron, invokeEvent } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { dialog, ipcMain, app } = fakeElectron;
const APP_URL = 'app://fieldbook/index.html';

/** Calls the registered handler of `channel` as if a frame at `url` invoked it. */
function invoke(channel: string, url: string | null, ...args: unknown[]): Promise<unknown> {
  const handler = ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(invokeEvent(url), ...args));
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fieldbook-ipc-'));
  app.documents = dir;
  registerIpcHandlers(null);
});
afterEach(() => {
  vi.clearAllMocks();
});

const record = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sender check', () => {
  it('registers exactly the three bridge channels', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [CHANNELS.appInfo, CHANNELS.openFile, CHANNELS.saveFile].sort(),
    );
  });

  it('answers the app origin with plain data', async () => {
    await expect(invoke(CHANNELS.appInfo, APP_URL)).resolves.toEqual({
      version: '1.2.3',
      platform: process.platform,
    });
    await expect(invoke(CHANNELS.appInfo, 'app://fieldbook/deep/page?x=1#y')).resolves.toBeTruthy();
  });

  it.each([
    'https://evil.example/index.html',
    'file:///tmp/index.html',
    'app://other/index.html',
    'app://fieldbook:8080/index.html',
    'app://user@fieldbook/index.html',
    'http://localhost:5173/',
    'not a url',
    '',
  ])('refuses a frame at %j on every channel', async (url) => {
    for (const channel of [CHANNELS.appInfo, CHANNELS.openFile, CHANNELS.saveFile]) {
      await expect(invoke(channel, url, { kind: 'record' })).rejects.toThrow(
        /Refused .*is not the app/,
      );
    }
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a message whose frame is gone', async () => {
    await expect(invoke(CHANNELS.openFile, null, { kind: 'record' })).rejects.toThrow(
      /sending frame no longer exists/,
    );
  });

  it('in dev trusts exactly the dev server origin as well', async () => {
    registerIpcHandlers('http://localhost:5173');
    await expect(
      invoke(CHANNELS.appInfo, 'http://localhost:5173/index.html'),
    ).resolves.toBeTruthy();
    await expect(invoke(CHANNELS.appInfo, APP_URL)).resolves.toBeTruthy();
    for (const url of [
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'https://localhost:5173/',
    ]) {
      await expect(invoke(CHANNELS.appInfo, url)).rejects.toThrow(/Refused/);
    }
  });
});

describe('input validation', () => {
  it.each([
    [CHANNELS.openFile, [], /expected one argument, got 0/],
    [CHANNELS.openFile, [{ kind: 'exe' }], /Invalid request to file:open: kind: /],
    [CHANNELS.openFile, [{ kind: 'record', path: '/etc/passwd' }], /Unrecognized key.*"path"/],
    [CHANNELS.openFile, ['record'], /Invalid request to file:open/],
    [CHANNELS.openFile, [{ kind: 'record' }, 'extra'], /expected one argument, got 2/],
    [CHANNELS.appInfo, ['x'], /takes no arguments/],
  ])('%s refuses %j', async (channel, args, message) => {
    await expect(invoke(channel, APP_URL, ...args)).rejects.toThrow(message);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  const save = (fields: Record<string, unknown>): Promise<unknown> =>
    invoke(CHANNELS.saveFile, APP_URL, {
      kind: 'record',
      suggestedName: 'Acme.json',
      bytes: record('{}'),
      ...fields,
    });

  it.each([
    [{ suggestedName: '../x.json' }, /suggestedName: a file name without folders/],
    [{ suggestedName: 'a/b' }, /suggestedName: a file name without folders/],
    [{ suggestedName: 'a\\b.json' }, /suggestedName: a file name without folders/],
    [{ suggestedName: 'C:x.json' }, /suggestedName: a file name without folders/],
    [{ suggestedName: '.bashrc' }, /suggestedName: a file name not starting with a dot/],
    [{ suggestedName: '' }, /suggestedName: /],
    [{ suggestedName: 'x'.repeat(201) }, /suggestedName: /],
    [{ kind: 'exe' }, /kind: /],
    [{ bytes: 'not bytes' }, /bytes: /],
    [{ bytes: [1, 2, 3] }, /bytes: /],
    [{ path: '/etc/passwd' }, /Unrecognized key.*"path"/],
  ])('file:save refuses %j', async (fields, message) => {
    await expect(save(fields)).rejects.toThrow(message);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('file:save refuses more than MAX_BRIDGE_FILE_BYTES', async () => {
    await expect(save({ bytes: new Uint8Array(MAX_BRIDGE_FILE_BYTES + 1) })).rejects.toThrow(
      /bytes: at most 100 MiB/,
    );
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('file:save', () => {
  const request = { kind: 'record', suggestedName: 'Acme Ltd.json', bytes: record('{"v":1}') };

  it('asks where to save, starting in Documents, and writes the bytes with no temp file left', async () => {
    const target = join(dir, 'Acme Ltd.json');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(invoke(CHANNELS.saveFile, APP_URL, request)).resolves.toEqual({
      saved: true,
      name: 'Acme Ltd.json',
    });
    const [options] = dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      defaultPath: join(dir, 'Acme Ltd.json'),
      filters: [{ name: 'CSE Fieldbook record', extensions: ['json'] }, { extensions: ['*'] }],
    });
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['Acme Ltd.json']);
  });

  it('replaces an existing file', async () => {
    const target = join(dir, 'old.json');
    await writeFile(target, 'old');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await invoke(CHANNELS.saveFile, APP_URL, request);
    expect(await readFile(target, 'utf8')).toBe('{"v":1}');
    expect(await readdir(dir)).toEqual(['old.json']);
  });

  it('reports a cancelled dialog as a result', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(invoke(CHANNELS.saveFile, APP_URL, request)).resolves.toEqual({
      saved: false,
      reason: 'cancelled',
    });
  });

  it('reports a failed write as a result with the reason', async () => {
    const target = join(dir, 'missing-folder', 'x.json');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    await expect(invoke(CHANNELS.saveFile, APP_URL, request)).resolves.toMatchObject({
      saved: false,
      reason: 'failed',
      message: expect.stringMatching(/^Could not save “x.json”: .*ENOENT/),
    });
  });
});

describe('file:open', () => {
  it('returns the base name and bytes of the picked file', async () => {
    const path = join(dir, 'Acme.json');
    await writeFile(path, '{"a":1}');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const opened = (await invoke(CHANNELS.openFile, APP_URL, { kind: 'xlsx' })) as {
      name: string;
      bytes: Uint8Array;
    };
    expect(opened.name).toBe('Acme.json');
    expect(opened.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(opened.bytes)).toBe('{"a":1}');
    expect(opened.bytes.buffer.byteLength).toBe(7);
    const [options] = dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      title: 'Open workbook',
      properties: ['openFile'],
      filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
    });
  });

  it('returns null when the dialog is cancelled', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(invoke(CHANNELS.openFile, APP_URL, { kind: 'record' })).resolves.toBeNull();
  });

  it('offers record bundles (.zip) beside records when opening a record, not when saving one', async () => {
    const path = join(dir, 'Acme.zip');
    await writeFile(path, 'PK\x03\x04');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    const opened = (await invoke(CHANNELS.openFile, APP_URL, { kind: 'record' })) as {
      name: string;
    };
    expect(opened.name).toBe('Acme.zip');
    const [options] = dialog.showOpenDialog.mock.calls[0] as [Record<string, unknown>];
    expect(options).toMatchObject({
      title: 'Open record',
      filters: [
        { name: 'CSE Fieldbook record or bundle', extensions: ['json', 'zip'] },
        { name: 'CSE Fieldbook record', extensions: ['json'] },
        { name: 'Record bundle', extensions: ['zip'] },
        { extensions: ['*'] },
      ],
    });
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await invoke(CHANNELS.saveFile, APP_URL, {
      kind: 'record',
      suggestedName: 'Acme.json',
      bytes: new TextEncoder().encode('{}'),
    });
    const [saveOptions] = dialog.showSaveDialog.mock.calls[0] as [Record<string, unknown>];
    expect(saveOptions.filters).toEqual([
      { name: 'CSE Fieldbook record', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('refuses a file over MAX_BRIDGE_FILE_BYTES with a clear message', async () => {
    const path = join(dir, 'huge.zip');
    await writeFile(path, '');
    await truncate(path, MAX_BRIDGE_FILE_BYTES + 1); // sparse: costs no disk
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [path] });
    await expect(invoke(CHANNELS.openFile, APP_URL, { kind: 'zip' })).rejects.toThrow(
      '“huge.zip” is too large to open (104,857,601 bytes): CSE Fieldbook opens files of at most 100 MiB.',
    );
  });
});
