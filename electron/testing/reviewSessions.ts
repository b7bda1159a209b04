import type { Core } from '../core/index.ts';
import { call } from './miniCore.ts';
import { reviewPack } from './reviewPack.ts';

/** The board of `reviewPack()`. */
export const REVIEW_BOARD = 'review-fixture';

/** Imports the review board into a core (its next version with `withoutFlux`). */
export function importReviewPack(core: Core, options?: Parameters<typeof reviewPack>[0]) {
  return call(core, 'boards.import', {
    files: [{ name: 'board.yaml', base64: Buffer.from(reviewPack(options)).toString('base64') }],
  });
}

/** The review's first session on the review board: Q3, facilitated by Anouk with Bram, in Dutch. */
export function newReviewSession(core: Core) {
  return call(core, 'sessions.create', {
    boardId: REVIEW_BOARD,
    title: 'Q3',
    date: '2026-09-30',
    facilitator: 'Anouk',
    participants: ['Bram'],
    language: 'nl',
  });
}

/**
 * Two reviews in a row: Q3 decides the tool (Flux, for `deployRationale`) and the budget; Q4, its
 * next review, reverses the tool to Argo CD and confirms the budget.
 */
export async function reviewQ3AndQ4(core: Core, deployRationale = 'Small team') {
  const record = (sessionId: string, itemId: string, changes: Record<string, unknown>) =>
    call(core, 'outcomes.record', { sessionId, itemId, changes });
  const q3 = await newReviewSession(core);
  await record(q3.id, 'deploy_tool', {
    status: 'decided',
    chosenOption: 'flux',
    rationale: deployRationale,
    owner: 'Ops',
  });
  await record(q3.id, 'budget_question', { status: 'decided', rationale: 'Enough' });
  const next = await call(core, 'sessions.nextReview', {
    sessionId: q3.id,
    title: 'Q4',
    date: '2026-12-07',
    closePrevious: true,
  });
  await record(next.session.id, 'deploy_tool', { chosenOption: 'argo_cd', rationale: 'Team knows it' });
  await call(core, 'outcomes.confirm', { sessionId: next.session.id, itemId: 'budget_question' });
  return { q3, q4: next.session };
}
