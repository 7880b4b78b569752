import { useRef } from 'react';
import type { ReactElement } from 'react';
import { ACCEPTED_EXTENSIONS } from '../../../shared/evidence/file-kinds';
import type { OrganisationId } from '../../../shared/types/ids';
import type { AddDefaults } from '../../state/slice-types/evidence';
import { useApp } from '../../state/use-app';
import { useDeps } from '../../state/use-deps';
import { filesOf } from './dropped-files';

const ACCEPT = ACCEPTED_EXTENSIONS.map((e) => `.${e}`).join(',');

/**
 * "Add documents…": the platform's file dialog on the desktop, a (hidden) file input in the
 * browser; the files picked are added with `defaults`.
 */
export function AddDocumentsButton({
  organisationId,
  defaults,
}: {
  readonly organisationId: OrganisationId;
  readonly defaults: AddDefaults;
}): ReactElement {
  const deps = useDeps();
  const evidence = useApp((s) => s.evidence);
  const input = useRef<HTMLInputElement>(null);
  const add = async (): Promise<void> => {
    if (deps.platform.kind === 'web') {
      input.current?.click();
      return;
    }
    const file = await deps.platform.openFile('document');
    if (file) await evidence.addFiles(organisationId, [file], defaults);
  };
  return (
    <>
      <button type="button" className="btn primary" onClick={() => void add()}>
        Add documents…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="sr-only"
        data-testid="evidence-file-input"
        aria-label="Add documents"
        tabIndex={-1}
        onChange={(e) => {
          const target = e.currentTarget;
          void filesOf(target.files).then((files) => {
            target.value = '';
            if (files.length > 0) void evidence.addFiles(organisationId, files, defaults);
          });
        }}
      />
    </>
  );
}
