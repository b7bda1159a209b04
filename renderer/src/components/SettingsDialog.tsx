import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract.ts';
import { api } from '../api/client.ts';
import { useNotices } from '../stores/notices.ts';
import { Modal } from './Modal.tsx';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const showError = useNotices((state) => state.showError);
  const [info, setInfo] = useState<ApiOutput<'app.info'> | null>(null);
  useEffect(() => {
    api['app.info']({}).then(setInfo, showError);
  }, [showError]);
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
