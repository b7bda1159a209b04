import { useTranslation } from 'react-i18next';
import type { RoomStatus } from '../../../shared/room.ts';

/** The join address as a QR code, drawn from the path the back end computed offline. */
export function RoomQr({ qr, size = 200 }: { qr: NonNullable<RoomStatus['qr']>; size?: number }) {
  const { t } = useTranslation();
  return (
    <svg
      className="room-qr"
      width={size}
      height={size}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={t('room.qr')}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}

/** Join address, code and QR code: the same on the facilitator's screen and on the projector. */
export function RoomJoin({ status, qrSize }: { status: RoomStatus; qrSize?: number }) {
  const { t } = useTranslation();
  if (!status.open || !status.joinUrl || !status.code) return null;
  return (
    <div className="room-join">
      <dl>
        <dt>{t('room.joinAddress')}</dt>
        <dd data-testid="room-join-url">{status.joinUrl}</dd>
        <dt>{t('room.code')}</dt>
        <dd data-testid="room-code" className="room-code">
          {status.code}
        </dd>
      </dl>
      {status.qr && <RoomQr qr={status.qr} size={qrSize} />}
    </div>
  );
}
