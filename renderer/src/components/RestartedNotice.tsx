import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown instead of "Missing or wrong token" when the host was restarted after this tab was opened:
 * the tab's token is gone, and the new address with the new token is in the terminal.
 */
export function RestartedNotice() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="restarted-notice" role="alert" aria-labelledby="restarted-heading">
      <h2 id="restarted-heading" ref={heading} tabIndex={-1}>
        {t('restarted.heading')}
      </h2>
      <p>{t('restarted.explain')}</p>
      <p>{t('restarted.howToOpen')}</p>
    </div>
  );
}
