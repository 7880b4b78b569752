import type { NewFile } from '../../services/evidence/add-documents';

/** The files of a drop or a file input, read into memory (folders and empty items skipped). */
export async function filesOf(source: DataTransfer | FileList | null): Promise<NewFile[]> {
  if (!source) return [];
  const list = 'files' in source ? source.files : source;
  const files: NewFile[] = [];
  for (const file of Array.from(list)) {
    files.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  }
  return files;
}
