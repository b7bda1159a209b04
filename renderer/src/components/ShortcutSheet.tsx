import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUT_SCOPES, SHORTCUTS, type Shortcut } from '../shortcuts.ts';
import { Modal } from './Modal.tsx';

/** Keys with a name of their own in the locales (`shortcuts.keyNames.`); letters and signs stand for themselves. */
const NAMED_KEYS = [
  'Control',
  'Alt',
  'Shift',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'Enter',
  'Delete',
  'PageUp',
  'PageDown',
] as const;
type NamedKey = (typeof NAMED_KEYS)[number];
const isNamed = (key: string): key is NamedKey => (NAMED_KEYS as readonly string[]).includes(key);

/** One combination as keycaps: Ctrl + Shift + Z. */
function Keys({ combination }: { combination: string }) {
  const { t } = useTranslation();
  const parts = combination === '+' ? ['+'] : combination.split('+');
  return (
    <kbd className="keys">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && ' + '}
          <kbd>{isNamed(part) ? t(`shortcuts.keyNames.${part}`) : part}</kbd>
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
