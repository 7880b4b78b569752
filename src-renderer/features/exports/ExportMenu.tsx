import { useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { StageId } from '../../../shared/types/ids';
import { useApp } from '../../state/use-app';
import { EXPORT_NAMES, exportKindsFor } from '../../services/exports/export-kinds';

/**
 * Export the stage (XLSX, two PDFs, and for a surveillance the documentation and report PDFs)
 * or read an edited workbook back; a menu button.
 */
export function ExportMenu({ stageId }: { readonly stageId: StageId }): ReactElement {
  const exportStage = useApp((s) => s.exportStage);
  const importWorkbook = useApp((s) => s.importWorkbookFile);
  const busy = useApp((s) => s.busy);
  const stageKind = useApp((s) => s.record?.stages.find((st) => st.id === stageId)?.kind);
  const kinds = exportKindsFor(stageKind);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  /** Closes the menu and gives focus back to its button (not to the page). */
  const close = (): void => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent): void => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);
  /**
   * Runs a menu action. The button is disabled while the action runs, which drops focus to the
   * page; when the action is over and nothing else took focus (a dialog it opened), focus comes
   * back to the button, where the keyboard user left it.
   */
  const run = (action: () => Promise<void>): void => {
    close();
    void action().finally(() => {
      const active = document.activeElement;
      if (active === null || active === document.body) button.current?.focus();
    });
  };
  return (
    <div className="menu" ref={ref}>
      <button
        ref={button}
        type="button"
        className="btn small"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={busy !== null}
        onClick={() => setOpen((v) => !v)}
      >
        Export ▾
      </button>
      {open ? (
        <div
          role="menu"
          className="menu-list"
          aria-label="Export"
          onKeyDown={(e) => {
            const items = [
              ...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []),
            ];
            const i = items.indexOf(document.activeElement as HTMLElement);
            if (e.key === 'Escape') close();
            else if (e.key === 'Tab') close();
            else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus();
            else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus();
            else return;
            e.preventDefault();
          }}
        >
          {kinds.map((kind) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              onClick={() => run(() => exportStage(kind, stageId))}
            >
              {EXPORT_NAMES[kind]}
            </button>
          ))}
          <hr />
          <button type="button" role="menuitem" onClick={() => run(() => importWorkbook(stageId))}>
            Import edited workbook…
          </button>
        </div>
      ) : null}
    </div>
  );
}
