import type { ItemKind } from './board/kinds.ts';

/**
 * Minutes a room gives an item of each kind unless the facilitator says otherwise: a conflict or
 * a choice among options takes a discussion, a prompt or an action a quick check.
 */
export const DEFAULT_MINUTES: Readonly<Record<ItemKind, number>> = {
  conflict: 10,
  'choice-space': 10,
  risk: 8,
  decision: 6,
  'decision-rule': 5,
  'open-question': 5,
  assumption: 5,
  checklist: 5,
  'success-criteria': 5,
  'documentation-gap': 3,
  'validation-prompt': 3,
  recommendation: 3,
  outlook: 3,
  'action-item': 2,
};

export type TimeboxTone = 'calm' | 'amber' | 'red';

/** Amber when the last fifth (at least the last minute) has begun, red once the time is up. */
export function timeboxTone(allottedSeconds: number, spentSeconds: number): TimeboxTone {
  const left = allottedSeconds - spentSeconds;
  if (left <= 0) return 'red';
  return left <= Math.max(60, allottedSeconds / 5) ? 'amber' : 'calm';
}

/** `m:ss` (or `h:mm:ss`) of a number of seconds, without a sign. */
export function clock(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
