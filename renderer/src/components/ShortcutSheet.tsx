import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { keysOf, shortcutSheetGroups } from '../commands/table.ts';
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

/** Every command of the app that has a key, from the one table in commands/table.ts, grouped by where it works. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('shortcuts.heading')} onClose={onClose} focusHeading>
      {shortcutSheetGroups().map(({ scope, commands }) => (
        <section key={scope} className="shortcut-group">
          <h3>{t(`shortcuts.scopes.${scope}`)}</h3>
          <dl className="shortcut-list">
            {commands.map((command) => (
              <div key={command.id} className="shortcut-row" data-command={command.id}>
                <dt>
                  {command.keys.map((combination, index) => (
                    <Fragment key={combination}>
                      {index > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                      <Keys combination={combination} />
                    </Fragment>
                  ))}
                </dt>
                <dd>{t(command.labelKey)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </Modal>
  );
}
