import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { keysOf, SHORTCUT_SCOPES, SHORTCUTS, type Shortcut } from '../shortcuts.ts';
import { Modal } from './Modal.tsx';

/** One combination as keycaps: Ctrl + Shift + Z. Keys named in the locales (`shortcuts.keyNames`) by that name; letters and signs stand for themselves. */
function Keys({ combination }: { combination: string }) {
  const { t } = useTranslation();
  const names: Record<string, string> = t('shortcuts.keyNames', { returnObjects: true });
  return (
    <kbd className="keys">
      {keysOf(combination).map((key, index) => (
        <Fragment key={index}>
          {index > 0 && ' + '}
          <kbd>{names[key] ?? key}</kbd>
        </Fragment>
      ))}
    </kbd>
  );
}

/** Every shortcut of the app, from the one list in shortcuts.ts, grouped by where it works. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const all = Object.values(SHORTCUTS) as Shortcut[];
  return (
    <Modal title={t('shortcuts.heading')} onClose={onClose}>
      {SHORTCUT_SCOPES.map((scope) => {
        const shortcuts = all.filter((shortcut) => shortcut.scope === scope);
        if (shortcuts.length === 0) return null;
        return (
          <section key={scope} className="shortcut-group">
            <h3>{t(`shortcuts.scopes.${scope}`)}</h3>
            <dl className="shortcut-list">
              {shortcuts.map((shortcut) => (
                <div key={shortcut.labelKey} className="shortcut-row">
                  <dt>
                    {shortcut.keys.map((combination, index) => (
                      <Fragment key={combination}>
                        {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <Keys combination={combination} />
                      </Fragment>
                    ))}
                  </dt>
                  <dd>{t(shortcut.labelKey)}</dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </Modal>
  );
}
