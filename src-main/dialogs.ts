import { basename, join } from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileKind, OpenedFile, SaveFileRequest, SaveFileResult } from '../shared/ipc/contract';
import { MAX_BRIDGE_FILE_BYTES } from '../shared/ipc/contract';
import { readFileCapped, writeFileAtomic } from './file-io';
import { FILE_KIND_DIALOGS, filtersFor } from './file-kinds';

/**
 * File access on the renderer's behalf. Main alone chooses paths, always through a native dialog
 * the user answers; the renderer only ever sees a base name and bytes (STYLE rule 4).
 */

/**
 * Asks the user for one file of `kind` and reads it. Null when the dialog is cancelled; rejects
 * with a readable message when the file is too large or unreadable.
 */
export async function openFileWithDialog(
  parent: BrowserWindow | null,
  kind: FileKind,
): Promise<OpenedFile | null> {
  const options: OpenDialogOptions = {
    title: `Open ${FILE_KIND_DIALOGS[kind].noun}`,
    properties: ['openFile'],
    filters: filtersFor(kind, 'open'),
  };
  const picked = await (parent
    ? dialog.showOpenDialog(parent, options)
    : dialog.showOpenDialog(options));
  const path = picked.filePaths[0];
  if (picked.canceled || path === undefined) return null;
  const bytes = await readFileCapped(path, MAX_BRIDGE_FILE_BYTES);
  return { name: basename(path), bytes };
}

/**
 * Asks where to save (starting at the suggested name in Documents) and writes atomically.
 * Cancelling is a result, not an error; so is a failed write, with the system's message.
 */
export async function saveFileWithDialog(
  parent: BrowserWindow | null,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const options: SaveDialogOptions = {
    title: `Save ${FILE_KIND_DIALOGS[request.kind].noun} as`,
    defaultPath: join(app.getPath('documents'), request.suggestedName),
    filters: filtersFor(request.kind),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const picked = await (parent
    ? dialog.showSaveDialog(parent, options)
    : dialog.showSaveDialog(options));
  if (picked.canceled || !picked.filePath) return { saved: false, reason: 'cancelled' };
  try {
    await writeFileAtomic(picked.filePath, request.bytes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      saved: false,
      reason: 'failed',
      message: `Could not save “${basename(picked.filePath)}”: ${message}`,
    };
  }
  return { saved: true, name: basename(picked.filePath) };
}
