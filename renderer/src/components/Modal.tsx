import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../stores/index.ts';

/**
 * What the app said while the dialog was open ("exported to …"): shown in the dialog, because the
 * page's own status line lies under a modal dialog, out of sight.
 */
function DialogStatus() {
  const status = useNotices((state) => state.status);
  const [before] = useState(status);
  return (
    <p className="dialog-status" role="status">
      {status !== before ? status : ''}
    </p>
  );
}

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
      <DialogStatus />
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('import.close')}
        </button>
      </div>
    </dialog>
  );
}
