import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A modal dialog: focus moves in, Escape closes it, and the page behind cannot be reached meanwhile. */
export function Modal({
  title,
  onClose,
  children,
  focusHeading = false,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** For a dialog to read from the top (the shortcut sheet): the focus starts on its heading, not its first button. */
  focusHeading?: boolean;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
    if (focusHeading) heading.current?.focus();
  }, [focusHeading]);
  return (
    <dialog ref={dialog} aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId} ref={heading} tabIndex={focusHeading ? -1 : undefined}>
        {title}
      </h2>
      {children}
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('import.close')}
        </button>
      </div>
    </dialog>
  );
}
