import type { Store } from '../db/index.ts';
import { combineHandlers, type Handlers } from '../handlers.ts';
import { liveHandlers, type LiveChannel } from '../presenterChannel.ts';
import { appHandlers } from './app.ts';
import { boardHandlers } from './boards.ts';
import { layoutHandlers } from './layouts.ts';
import { outcomeHandlers } from './outcomes.ts';
import { createRecorder } from './recorder.ts';
import { reportHandlers, type PdfRenderer } from './reports.ts';
import { reviewHandlers } from './reviews.ts';
import { sessionFileHandlers } from './sessionFiles.ts';
import { sessionHandlers, sessionService } from './sessions.ts';

export interface HandlerDeps {
  store: Store;
  live: LiveChannel;
  dataDir: string;
  renderPdf: PdfRenderer;
}

/** Every domain's handlers, one group each, as each service declares them. */
export function handlerGroups({ store, live, dataDir, renderPdf }: HandlerDeps) {
  const record = createRecorder(store);
  const sessions = sessionService(store, record);
  return [
    boardHandlers(store),
    sessionHandlers(store, sessions),
    reviewHandlers(store, sessions, record),
    sessionFileHandlers(store, sessions, record),
    outcomeHandlers(store, sessions, record),
    layoutHandlers(store),
    reportHandlers(store, sessions, renderPdf),
    liveHandlers(live),
    appHandlers(store, dataDir),
  ] as const;
}

/** The one table the dispatcher answers from. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return combineHandlers(...handlerGroups(deps));
}
