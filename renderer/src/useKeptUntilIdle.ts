import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface Kept<T> {
  key: string;
  content: T;
}

/** Past this the page is never idle enough: what is kept goes anyway. */
const IDLE_TIMEOUT_MS = 1000;

/** Runs `task` once the next frame has been painted and the page has nothing else to do; returns a cancel. */
export function whenIdleAfterPaint(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A frame's callbacks run before it is painted, so the idle time asked for from there comes after the paint.
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    else timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/**
 * What was last shown under another key, kept (for the caller to show until the new content is
 * drawn, then hide) until `drawn` and the page has been painted and is idle. Taking down a big
 * graph and drawing the next one in the same task holds the page too long; taking it down first
 * makes the next one wait. Kept, the old one costs nothing until it goes, in a task of its own.
 */
export function useKeptUntilIdle<T>(key: string, content: T, drawn: boolean): Kept<T> | null {
  const last = useRef<Kept<T>>({ key, content });
  const [state, setState] = useState<{ key: string; kept: Kept<T> | null }>({ key, kept: null });
  let current = state;
  if (state.key !== key) {
    // The content drawn last (not what this key showed once before, which is drawn anew).
    current = { key, kept: last.current.key === key ? null : last.current };
    setState(current);
  }
  useLayoutEffect(() => {
    if (drawn) last.current = { key, content };
  });
  const kept = current.kept;
  useEffect(() => {
    if (!kept || !drawn) return;
    return whenIdleAfterPaint(() => setState((now) => (now.kept === kept ? { ...now, kept: null } : now)));
  }, [kept, drawn]);
  return kept;
}
