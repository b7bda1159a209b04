import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate, type Language } from '../../../shared/text.ts';
import { formatMoment } from '../dates.ts';
import { useAppInfo } from '../stores/index.ts';

/**
 * After the database file was deleted or replaced while the app ran, what was saved until then sits
 * in a rescued copy beside it; the next start opens an empty database, so it says where the copy is.
 */
export function RescuedNotice() {
  const { t, i18n } = useTranslation();
  const info = useAppInfo((state) => state.appInfo);
  const loadAppInfo = useAppInfo((state) => state.loadAppInfo);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);
  const copies = info?.rescuedCopies ?? [];
  if (dismissed || copies.length === 0) return null;
  const language = i18n.language as Language;
  return (
    <div className="rescued-notice" role="alert" aria-labelledby="rescued-heading">
      <h2 id="rescued-heading">{t('faults.rescuedHeading')}</h2>
      {copies.map((copy) => (
        <p key={copy.path}>
          {t('faults.rescuedCopy', {
            path: isolate(copy.path),
            rescuedAt: formatMoment(copy.rescuedAt, language),
            database: isolate(info!.database),
          })}
        </p>
      ))}
      <button type="button" onClick={() => setDismissed(true)}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
