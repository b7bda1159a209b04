import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Item } from '../../../shared/board/schema.ts';
import { ABSTAIN, type VoteCounts } from '../../../shared/room.ts';
import { usePreferences, useRoom, useSessionStore } from '../stores/index.ts';

/** The revealed tally: the room's votes and the keyed-in ones together, per option and abstained. */
export function RoomTally({ item, tally, className }: { item: Item; tally: VoteCounts; className?: string }) {
  const { t } = useTranslation();
  const language = usePreferences((state) => state.language);
  const rows = [...item.options.map((option) => [option.id, option.label[language]]), [ABSTAIN, t('room.abstain')]];
  return (
    <ul className={className ?? 'room-tally'} data-testid="room-tally">
      {rows.map(([choice, label]) => (
        <li key={choice} data-choice={choice} data-count={tally[choice!] ?? 0}>
          {t('room.tallyOption', { label, count: tally[choice!] ?? 0 })}
        </li>
      ))}
    </ul>
  );
}

/** Voting from the room's devices on the current item: how many voted (and who, by name), never what. */
export function RoomVoting({ item }: { item: Item }) {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const status = useRoom((state) => state.status);
  const watch = useRoom((state) => state.watch);
  const openVoting = useRoom((state) => state.openVoting);
  const closeVoting = useRoom((state) => state.closeVoting);
  const reveal = useRoom((state) => state.reveal);
  useEffect(() => watch(), [watch]);
  if (!status?.open || status.sessionId !== session?.id || item.options.length === 0) return null;
  const voting = status.voting;
  const phase = voting.itemId === item.id ? voting.phase : 'none';
  return (
    <section className="room-voting" aria-label={t('room.isOpen')} data-phase={phase}>
      <p role="status">
        {t(`room.phase_${phase}`)}
        {phase !== 'none' && ` · ${t('room.voted', { voted: voting.voted, of: voting.of })}`}
      </p>
      {phase !== 'none' && voting.voters.length > 0 && <p>{t('room.voters', { names: voting.voters.join(', ') })}</p>}
      <div className="room-voting-actions">
        {phase !== 'open' && (
          <button type="button" onClick={() => void openVoting(item.id)}>
            {t('room.openVoting')}
          </button>
        )}
        {phase === 'open' && (
          <button type="button" onClick={() => void closeVoting()}>
            {t('room.closeVoting')}
          </button>
        )}
        {(phase === 'open' || phase === 'closed') && (
          <button type="button" onClick={() => void reveal()}>
            {t('room.reveal')}
          </button>
        )}
      </div>
      {phase === 'revealed' && voting.tally && <RoomTally item={item} tally={voting.tally} />}
    </section>
  );
}
