import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../stores/index.ts';
import { Modal } from './Modal.tsx';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const info = useAppInfo((state) => state.appInfo);
  const loadAppInfo = useAppInfo((state) => state.loadAppInfo);
  useEffect(() => {
    void loadAppInfo();
  }, [loadAppInfo]);
  return (
    <Modal title={t('settings.heading')} onClose={onClose}>
      {info && (
        <dl className="settings-list">
          <dt>{t('settings.dataDir')}</dt>
          <dd>
            <code>{info.dataDir}</code>
          </dd>
          <dt>{t('settings.backupsDir')}</dt>
          <dd>
            <code>{info.backupsDir}</code>
          </dd>
          <dt>{t('settings.version')}</dt>
          <dd>
            {info.version} ({t('settings.schema', { version: info.schemaVersion })})
          </dd>
          <dt>{t('settings.credit')}</dt>
          <dd>{t('settings.creditText')}</dd>
        </dl>
      )}
    </Modal>
  );
}
