import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../dates.ts';
import { indexBoard } from '../../../shared/board/boardIndex.ts';
import { useBoardStore, useComparison, usePreferences, useSessionStore } from '../stores/index.ts';
import { Field } from './Field.tsx';
import { Modal } from './Modal.tsx';
import { isolate } from '../../../shared/text.ts';

/** Last quarter against this one: per item, what changed in status, decision, owner and due date. */
export function CompareDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const sessions = useSessionStore((state) => state.sessions);
  const current = useSessionStore((state) => state.current);
  const board = useBoardStore((state) => state.current?.board);
  const compare = useComparison((state) => state.compare);
  const clearComparison = useComparison((state) => state.clearComparison);
  const stored = useComparison((state) => state.comparison);
  const [earlierId, setEarlierId] = useState(() => sessions.find((session) => session.id !== current?.id)?.id ?? '');
  const [laterId, setLaterId] = useState(current?.id ?? '');
  const asked = [earlierId, laterId].sort().join();
  const comparison = stored && [stored.earlier.id, stored.later.id].sort().join() === asked ? stored : null;

  useEffect(() => {
    if (!earlierId || !laterId || earlierId === laterId) clearComparison();
    else void compare(earlierId, laterId);
  }, [earlierId, laterId, compare, clearComparison]);

  const item = (id: string) => (board ? indexBoard(board).itemById.get(id) : undefined);
  const show = (itemId: string, field: string, value: string | null) => {
    if (value === null) return '—';
    if (field === 'status') return t(`statuses.${value}` as 'statuses.open');
    if (field === 'dueDate' || field === 'reviewDate') return formatDay(value, language);
    if (field === 'chosenOption')
      return item(itemId)?.options.find((option) => option.id === value)?.label[language] ?? value;
    return value;
  };
  const changed = comparison?.items.filter((row) => row.kind !== null) ?? [];
  const sessionOptions = sessions.map((session) => (
    <option key={session.id} value={session.id}>
      {isolate(session.title)} ({formatDay(session.date, language)})
    </option>
  ));

  return (
    <Modal title={t('compare.heading')} onClose={onClose}>
      <div className="outcome-row">
        <Field label={t('compare.earlier')}>
          <select value={earlierId} onChange={(event) => setEarlierId(event.target.value)}>
            <option value="" />
            {sessionOptions}
          </select>
        </Field>
        <Field label={t('compare.later')}>
          <select value={laterId} onChange={(event) => setLaterId(event.target.value)}>
            <option value="" />
            {sessionOptions}
          </select>
        </Field>
      </div>
      {comparison && (
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('report.item')}</th>
              <th scope="col">{t('compare.change')}</th>
              <th scope="col">{t('compare.field')}</th>
              <th scope="col">{t('compare.before')}</th>
              <th scope="col">{t('compare.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changed.flatMap((row) =>
              row.changes.map((change, index) => (
                <tr key={`${row.itemId}-${change.field}`} data-change={index === 0 ? row.kind : undefined}>
                  <td>{index === 0 ? (item(row.itemId)?.title[language] ?? row.itemId) : ''}</td>
                  <td>{index === 0 && row.kind ? t(`compare.kinds.${row.kind}`) : ''}</td>
                  <td>{t(`compare.fields.${change.field}`)}</td>
                  <td>{show(row.itemId, change.field, change.before)}</td>
                  <td>{show(row.itemId, change.field, change.after)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      )}
      {comparison && changed.length === 0 && <p>{t('compare.noChanges')}</p>}
      {comparison?.reordered && (
        <p className="compare-note" role="status">
          {t('register.compareReordered', {
            earlier: isolate(comparison.earlier.title),
            later: isolate(comparison.later.title),
          })}
        </p>
      )}
      {comparison && comparison.confirmed.length > 0 && (
        <p className="compare-confirmed">
          {t('register.compareConfirmed')}:{' '}
          {comparison.confirmed.map((id) => item(id)?.title[language] ?? id).join(', ')}
        </p>
      )}
      {comparison && comparison.dueNotReviewed.length > 0 && (
        <p className="compare-due">
          {t('register.compareDueNotReviewed')}:{' '}
          {comparison.dueNotReviewed.map((id) => item(id)?.title[language] ?? id).join(', ')}
        </p>
      )}
      {!comparison && <p>{t('compare.choose')}</p>}
    </Modal>
  );
}
