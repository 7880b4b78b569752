import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS, reloadWhenRendererGone } from '../../src-main/renderer-gone';
import { FakeBrowserWindow, fakeElectron } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const { dialog } = fakeElectron;

function watchedWindow(): { window: FakeBrowserWindow; clock: { now: number } } {
  const window = new FakeBrowserWindow({});
  const clock = { now: 1_000_000 };
  reloadWhenRendererGone(window as unknown as BrowserWindow, () => clock.now);
  return { window, clock };
}

function gone(window: FakeBrowserWindow, reason: string): void {
  window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
}

beforeEach(() => {
  vi.clearAllMocks();
});

describe('reloadWhenRendererGone', () => {
  it('reloads a window whose page crashed and says why, in words of ours', () => {
    const { window } = watchedWindow();
    gone(window, 'oom');
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    expect(dialog.showMessageBox).toHaveBeenCalledTimes(1);
    const [parent, options] = dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { message: string; detail: string },
    ];
    expect(parent).toBe(window);
    expect(options.message).toBe(
      'The CSE Fieldbook window stopped unexpectedly (it ran out of memory) and has been reloaded.',
    );
    expect(options.detail).toMatch(/^Everything that was saved is kept\./);
  });

  it('does nothing when the page closed normally', () => {
    const { window } = watchedWindow();
    gone(window, 'clean-exit');
    expect(window.webContents.reload).not.toHaveBeenCalled();
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('stops reloading a page that keeps dying, and asks to restart', () => {
    const { window, clock } = watchedWindow();
    for (let i = 0; i < MAX_RELOADS; i += 1) {
      gone(window, 'crashed');
      clock.now += 1_000;
    }
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    gone(window, 'crashed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS);
    expect(dialog.showErrorBox).toHaveBeenCalledWith(
      'CSE Fieldbook stopped',
      expect.stringMatching(
        /stopped again \(it crashed\), 4 times in a minute, so it was not reloaded/,
      ),
    );
    clock.now += CRASH_WINDOW_MS + 1;
    gone(window, 'killed');
    expect(window.webContents.reload).toHaveBeenCalledTimes(MAX_RELOADS + 1);
  });
});
