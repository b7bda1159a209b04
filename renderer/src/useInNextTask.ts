import { startTransition, useEffect, useState } from 'react';

/**
 * `value` a task after it changed: what shows it is drawn in a task of its own, in a render React
 * can pause, so two pieces of work that would hold the page too long together (taking down one
 * graph and drawing the next) are done one after the other, the page free to paint between them.
 * `atOnce`: this change is cheap enough to show in the render that brings it (what shows it is
 * there already), and it stays shown from then on.
 */
export function useInNextTask<T>(value: T, atOnce = false): T {
  const [shown, setShown] = useState(value);
  if (atOnce && !Object.is(shown, value)) setShown(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const next = setTimeout(() => startTransition(() => setShown(value)), 0);
    return () => clearTimeout(next);
  }, [value, shown]);
  return atOnce ? value : shown;
}
