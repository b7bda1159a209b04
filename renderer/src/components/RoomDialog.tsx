import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteMode } from '../../../shared/room.ts';
import { useRoom, useSessionStore } from '../stores/index.ts';
import { Modal } from './Modal.tsx';
import { RoomJoin } from './RoomQr.tsx';

/** Picking the address and the vote mode: an explicit choice each time the room opens. */
function OpenRoomForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const addresses = useRoom((state) => state.addresses);
  const lastMode = useRoom((state) => state.lastMode);
  const loadAddresses = useRoom((state) => state.loadAddresses);
  const open = useRoom((state) => state.open);
  const [address, setAddress] = useState('');
  const [picked, setMode] = useState<VoteMode | null>(null);
  const mode = picked ?? lastMode;
  const selectId = useId();
  useEffect(() => void loadAddresses(sessionId), [loadAddresses, sessionId]);
  const chosen = address || addresses.find((entry) => !entry.internal)?.address || addresses[0]?.address || '';
  if (addresses.length === 0) return <p>{t('room.noAddresses')}</p>;
  return (
    <form
      className="room-open-form"
      onSubmit={(event) => {
        event.preventDefault();
        void open(sessionId, chosen, mode);
      }}
    >
      <label htmlFor={selectId}>{t('room.address')}</label>
      <select id={selectId} value={chosen} onChange={(event) => setAddress(event.target.value)}>
        {addresses.map((entry) => (
          <option key={`${entry.name}-${entry.address}`} value={entry.address}>
            {t('room.addressOption', { name: entry.name, address: entry.address })}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('room.mode')}</legend>
        {(['named', 'anonymous'] as const).map((choice) => (
          <label key={choice}>
            <input type="radio" name="room-mode" checked={mode === choice} onChange={() => setMode(choice)} />{' '}
            {t(`room.${choice}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary">
        {t('room.open')}
      </button>
    </form>
  );
}

function Participants() {
  const { t } = useTranslation();
  const status = useRoom((state) => state.status);
  const remove = useRoom((state) => state.remove);
  if (!status?.open) return null;
  return (
    <section aria-label={t('room.participants', { count: status.participants.length })}>
      <h3>{t('room.participants', { count: status.participants.length })}</h3>
      {status.participants.length === 0 ? (
        <p>{t('room.noParticipants')}</p>
      ) : (
        <ul className="room-participants">
          {status.participants.map((participant) => (
            <li key={participant.id}>
              <span>{participant.name}</span>{' '}
              <button type="button" onClick={() => void remove(participant.id)}>
                {t('room.remove', { name: participant.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Open to the room": the trust model first, then the address, the code and who joined. */
export function RoomDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSessionStore((state) => state.current);
  const status = useRoom((state) => state.status);
  const watch = useRoom((state) => state.watch);
  const close = useRoom((state) => state.close);
  useEffect(() => watch(), [watch]);
  const openHere = status?.open && status.sessionId === session?.id;
  return (
    <Modal title={t('room.title')} onClose={onClose}>
      <p className="room-trust">{t('room.trust')}</p>
      {openHere && status ? (
        <>
          <p role="status">{t('room.isOpen')}</p>
          <RoomJoin status={status} />
          <Participants />
          <button type="button" onClick={() => void close()}>
            {t('room.close')}
          </button>
        </>
      ) : session && !status?.open ? (
        <OpenRoomForm sessionId={session.id} />
      ) : null}
    </Modal>
  );
}
