import { startTransition, useEffect, useState } from 'react';

/**
 * `value` a task after it changed: what shows it is drawn in a task of its own, in a render React
 * can pause (unless `pausable` is false: a small render is done sooner in one piece), so two
 * pieces of work that would hold the page too long together (taking down one graph and drawing
 * the next) are done one after the other, the page free to paint between them.
 */
export function useInNextTask<T>(value: T, pausable = true): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const show = () => setShown(value);
    const next = setTimeout(() => (pausable ? startTransition(show) : show()), 0);
    return () => clearTimeout(next);
  }, [value, shown, pausable]);
  return shown;
}
