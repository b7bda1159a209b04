import { useEffect } from 'react';
import type { Item } from '../../../shared/board/schema.ts';
import { useRoom } from '../stores/index.ts';
import { RoomJoin } from './RoomQr.tsx';
import { RoomTally } from './RoomVoting.tsx';

/** The projector's part of the room: how to join while it is open, and the tally once revealed. */
export function PresenterRoom({ item }: { item: Item | undefined }) {
  const status = useRoom((state) => state.status);
  const watch = useRoom((state) => state.watch);
  useEffect(() => watch(), [watch]);
  if (!status?.open) return null;
  const revealed = item && status.voting.itemId === item.id && status.voting.phase === 'revealed';
  return (
    <aside className="presenter-room" data-testid="presenter-room">
      <RoomJoin status={status} qrSize={180} />
      {revealed && status.voting.tally && (
        <RoomTally item={item} tally={status.voting.tally} className="presenter-room-tally" />
      )}
    </aside>
  );
}
