import { startTransition, useEffect, useState } from 'react';

/**
 * `value` a task after it changed: what shows it is drawn in a task of its own, in a render React
 * can pause, so two pieces of work that would hold the page too long together (taking down one
 * graph and drawing the next) are done one after the other, the page free to paint between them.
 * With `atOnce`, a new value is shown in the render that brings it: for a small render that is
 * better done in the same task as the change (the next frame shows both).
 */
export function useInNextTask<T>(value: T, atOnce = false): T {
  const [shown, setShown] = useState(value);
  const showNow = atOnce && !Object.is(shown, value);
  // Its own state, set while rendering: React renders again at once, before anything is drawn.
  if (showNow) setShown(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const next = setTimeout(() => startTransition(() => setShown(value)), 0);
    return () => clearTimeout(next);
  }, [value, shown]);
  return showNow ? value : shown;
}
