import type { FileFilter } from 'electron';
import type { FileKind } from '../shared/ipc/contract';

/** How the native dialogs present one kind of file. */
export interface FileKindDialog {
  /** Completes "Open …" / "Save … as" in the dialog title. */
  readonly noun: string;
  /** Offered in order; the first is the default. */
  readonly filters: readonly FileFilter[];
  /** Filters of the open dialog when it offers more than the save dialog writes. */
  readonly openFilters?: readonly FileFilter[];
}

const ALL_FILES: FileFilter = { name: 'All files', extensions: ['*'] };

/**
 * Dialog title words and filters for every `FileKind`. A `Record` over the union, so a new kind
 * in the contract fails to compile until it has its entry here.
 */
export const FILE_KIND_DIALOGS: Readonly<Record<FileKind, FileKindDialog>> = {
  record: {
    noun: 'record',
    filters: [{ name: 'CSE Fieldbook record', extensions: ['json'] }, ALL_FILES],
    // "Open record…" also opens record bundles (the record with its documents in one zip).
    openFilters: [
      { name: 'CSE Fieldbook record or bundle', extensions: ['json', 'zip'] },
      { name: 'CSE Fieldbook record', extensions: ['json'] },
      { name: 'Record bundle', extensions: ['zip'] },
      ALL_FILES,
    ],
  },
  xlsx: { noun: 'workbook', filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }] },
  pdf: { noun: 'PDF', filters: [{ name: 'PDF document', extensions: ['pdf'] }] },
  ics: { noun: 'calendar', filters: [{ name: 'iCalendar file', extensions: ['ics'] }] },
  docx: { noun: 'document', filters: [{ name: 'Word document', extensions: ['docx'] }] },
  zip: { noun: 'archive', filters: [{ name: 'ZIP archive', extensions: ['zip'] }] },
  'public-key': {
    noun: 'public key',
    filters: [{ name: 'Sign-off public key', extensions: ['pub', 'pem'] }],
  },
  template: {
    noun: 'report template',
    filters: [{ name: 'Report template', extensions: ['txt'] }, ALL_FILES],
  },
  document: {
    noun: 'document',
    filters: [
      {
        name: 'Evidence documents',
        extensions: [
          'pdf',
          'docx',
          'doc',
          'xlsx',
          'xls',
          'odt',
          'ods',
          'txt',
          'png',
          'jpg',
          'jpeg',
        ],
      },
      ALL_FILES,
    ],
  },
};

/**
 * Mutable copies of a kind's filters for the save or the open dialog (Electron's option types
 * are not readonly).
 */
export function filtersFor(kind: FileKind, dialog: 'open' | 'save' = 'save'): FileFilter[] {
  const { filters, openFilters } = FILE_KIND_DIALOGS[kind];
  return (dialog === 'open' ? (openFilters ?? filters) : filters).map((filter) => ({
    name: filter.name,
    extensions: [...filter.extensions],
  }));
}
