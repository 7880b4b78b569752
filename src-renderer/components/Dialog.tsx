import { useId, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactElement, ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  readonly title: string;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly onClose: () => void;
  readonly className?: string;
}

const FIELDS = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled])';
const FOCUSABLE = `${FIELDS}, button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])`;

/** The dialog's controls that Tab can reach, in order. */
function tabStops(dialog: HTMLDialogElement): HTMLElement[] {
  return [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/**
 * Tab past the last control (Shift+Tab before the first) wraps around inside the dialog
 * instead of leaving it for the browser's own controls.
 */
function wrapTab(event: KeyboardEvent<HTMLDialogElement>): void {
  if (event.key !== 'Tab') return;
  const stops = tabStops(event.currentTarget);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === event.currentTarget)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

/** Focuses the dialog's first field, else its first control, else the dialog itself. */
function focusFirst(dialog: HTMLDialogElement): void {
  const target =
    dialog.querySelector<HTMLElement>('[autofocus]') ??
    dialog.querySelector<HTMLElement>(FIELDS) ??
    dialog.querySelector<HTMLElement>(FOCUSABLE) ??
    dialog;
  target.focus();
}

/**
 * A modal dialog on the native `<dialog>` opened with `showModal()`: the page behind is inert,
 * so Tab stays inside; focus starts on the first field, stays inside when what held it goes
 * (an error replacing a form), and returns where it came from on close. Escape and a click on
 * the backdrop call `onClose`; the parent unmounts the dialog. It is rendered into `<body>`, so it
 * takes none of the styles of where it was opened from (the top bar's white text).
 */
export function Dialog({ title, children, footer, onClose, className }: Props): ReactElement {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  /** False while unmounting: closing the element then is not a request to close. */
  const live = useRef(false);
  const requestClose = (): void => {
    if (live.current) closeRef.current();
  };
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    live.current = true;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    focusFirst(dialog);
    // When the focused control is removed (a step of the dialog replaced, an error shown),
    // focus would fall to the page, or rest on the dialog itself while it had no field: put it
    // on the dialog's first field.
    const keepFocus = new MutationObserver(() => {
      const active = document.activeElement;
      if (dialog.open && (active === dialog || !dialog.contains(active))) focusFirst(dialog);
    });
    keepFocus.observe(dialog, { childList: true, subtree: true });
    return () => {
      keepFocus.disconnect();
      live.current = false;
      if (dialog.open) dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return createPortal(
    <dialog
      ref={ref}
      className={`dialog ${className ?? ''}`}
      aria-labelledby={titleId}
      onKeyDown={wrapTab}
      onCancel={(e) => {
        // Escape: the parent decides (it unmounts the dialog); the element is not closed here.
        e.preventDefault();
        requestClose();
      }}
      onClose={requestClose}
      onMouseDown={(e) => {
        // A press on the backdrop lands on the <dialog> itself, outside its box.
        if (e.target !== e.currentTarget) return;
        const box = e.currentTarget.getBoundingClientRect();
        const inside =
          e.clientX >= box.left &&
          e.clientX <= box.right &&
          e.clientY >= box.top &&
          e.clientY <= box.bottom;
        if (!inside) requestClose();
      }}
    >
      <header>
        <h2 id={titleId}>{title}</h2>
      </header>
      <div className="body">{children}</div>
      {footer ? <footer>{footer}</footer> : null}
    </dialog>,
    document.body,
  );
}
