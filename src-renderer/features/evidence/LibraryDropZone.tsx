import { useState } from 'react';
import type { DragEvent, ReactElement, ReactNode } from 'react';
import type { NewFile } from '../../services/evidence/add-documents';
import { filesOf } from './dropped-files';

interface Props {
  /** Called with the files dropped (folders and empty items skipped); never with none. */
  readonly onFiles: (files: NewFile[]) => void;
  readonly children: ReactNode;
}

/** The library's screen as a drop target: files dropped anywhere on it are added. */
export function LibraryDropZone({ onFiles, children }: Props): ReactElement {
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    void filesOf(event.dataTransfer).then((files) => {
      if (files.length > 0) onFiles(files);
    });
  };
  return (
    <div
      className={`library${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {children}
      {dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop to add to the library
        </div>
      ) : null}
    </div>
  );
}
