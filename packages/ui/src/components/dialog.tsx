import { type KeyboardEvent, type ReactNode, useEffect, useRef } from 'react';
import { Button } from './button.js';
import { cx, useDomId, useUiStrings } from './strings.js';

export interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose(): void;
  children?: ReactNode;
  /** Buttons at the bottom; a close button is always there. */
  actions?: ReactNode;
  className?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native `<dialog>`: the browser makes the rest of the page inert and
 * closes it on Escape. Tab cycles inside it, and focus returns to where it was on close.
 */
export function Dialog({ open, title, onClose, children, actions, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const titleId = useDomId('dialog-title');
  const strings = useUiStrings();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnTo.current = document.activeElement;
      dialog.showModal();
      const first = dialog.querySelector<HTMLElement>(FOCUSABLE);
      first?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  const handleClose = () => {
    const target = returnTo.current;
    if (target instanceof HTMLElement) target.focus();
    if (open) onClose();
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={cx('city-dialog', className)}
      aria-labelledby={titleId}
      onClose={handleClose}
      onKeyDown={trapTab}
    >
      <h2 className="city-dialog__title" id={titleId}>
        {title}
      </h2>
      <div className="city-dialog__body">{children}</div>
      <div className="city-dialog__actions">
        {actions}
        <Button variant="secondary" onClick={() => ref.current?.close()}>
          {strings.close}
        </Button>
      </div>
    </dialog>
  );
}
