import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../core/index.ts';
import { createRoomListener } from '../adapters/room/listener.ts';
import type { RoomLimits } from '../adapters/room/limits.ts';
import { miniResources } from './miniCore.ts';
import { ROOM_TEST_ADDRESS } from './roomHttp.ts';

export { followRoom, joinRoom, roomCall, ROOM_TEST_ADDRESS, type FollowedStream } from './roomHttp.ts';

/** A stand-in for the built participant page, for tests that run without a build. */
export function fakeRenderer(root: string): string {
  const dir = join(root, 'renderer');
  mkdirSync(join(dir, 'participant'), { recursive: true });
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(
    join(dir, 'participant', 'index.html'),
    '<!doctype html><title>Room</title><script type="module" src="../assets/participant.js"></script>',
  );
  writeFileSync(join(dir, 'assets', 'participant.js'), 'console.log("room")');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("the facilitator app")');
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>App</title>');
  return dir;
}

/** A mini core whose room listener may only ever bind 127.0.0.1. */
export async function startRoomCore(root: string, limits?: Partial<RoomLimits>, rendererDir = fakeRenderer(root)) {
  const listener = createRoomListener({
    rendererDir,
    limits,
    addresses: () => [{ name: 'lo', address: ROOM_TEST_ADDRESS, internal: true }],
  });
  const core: Core = await createCore({
    dataDir: join(root, 'data'),
    resourcesDir: miniResources(root),
    renderPdf: async (html) => new TextEncoder().encode(`PDF:${html}`),
    log: () => {},
    roomListener: listener,
  });
  return { core, listener, rendererDir };
}
