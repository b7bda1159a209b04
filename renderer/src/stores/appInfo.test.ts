import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBackend } from '../../testing/fakeBackend.ts';
import { createAppInfoStore } from './appInfo.ts';
import { useNotices } from './notices.ts';

let backend: ReturnType<typeof fakeBackend>;

beforeEach(() => {
  backend = fakeBackend();
  useNotices.setState({ error: null, status: null });
});

const INFO = {
  dataDir: '/home/anouk/.boardwalk',
  backupsDir: '/home/anouk/.boardwalk/backups',
  schemaVersion: 9,
  version: '0.1.0',
  database: '/home/anouk/.boardwalk/boardwalk.db',
  rescuedCopies: [],
};

describe('what the app tells about itself', () => {
  it('is shown once the back end answered', async () => {
    const info = createAppInfoStore(backend.api);
    const loading = info.getState().loadAppInfo();
    await backend.answer('app.info', INFO);
    await loading;
    expect(info.getState().appInfo).toEqual(INFO);
  });

  it('keeps what it showed when reading it again fails, and says so once', async () => {
    const info = createAppInfoStore(backend.api);
    info.setState({ appInfo: INFO });
    const loading = info.getState().loadAppInfo();
    await backend.fail('app.info', new Error('The host went away'));
    await loading;
    expect(info.getState().appInfo).toEqual(INFO);
    expect(useNotices.getState().error).toEqual({ message: 'The host went away' });
  });
});
