import { startTransition, useEffect, useState } from 'react';

/** A hidden page paints no frames; then the value follows after this long all the same. */
export const HIDDEN_PAGE_MS = 100;

/**
 * `value` as it was when the page was last painted: what shows it is drawn in a task after that
 * paint, in a render React can pause, so two pieces of work that would hold the page too long
 * together (taking down one graph and drawing the next) each get a task of their own.
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    if (Object.is(painted, value)) return;
    let next: ReturnType<typeof setTimeout> | undefined;
    const show = () => startTransition(() => setPainted(value));
    const fallback = setTimeout(show, HIDDEN_PAGE_MS);
    const frame = requestAnimationFrame(() => {
      clearTimeout(fallback);
      next = setTimeout(show, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
      clearTimeout(next);
    };
  }, [value, painted]);
  return painted;
}
