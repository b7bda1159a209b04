import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { isTypingTarget } from '../shortcuts.ts';
import { useWalkthrough } from '../stores/index.ts';

/** The graph's own button that shows it large or brings it back (GraphControls). */
export const LARGE_TOGGLE_CLASS = 'graph-large-toggle';

/** Where the keyboard was when the graph was shown large: it goes back there. */
let focusBefore: HTMLElement | null = null;

/** Shows the graph large over the agenda and the item, or brings it back beside them. */
export function toggleGraphLarge(): void {
  const { graphLarge, setGraphLarge } = useWalkthrough.getState();
  if (!graphLarge) focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  setGraphLarge(!graphLarge);
}

/**
 * The keyboard while the graph is large: it goes to the graph (the agenda and the item are hidden),
 * Escape brings the graph back (outside text fields and dialogs, whose Escape is their own), and
 * then the keyboard returns where it was, or to the item's title if that is gone (another item opened).
 */
export function useGraphLargeKeyboard(pane: RefObject<HTMLElement | null>, enabled: boolean): boolean {
  const large = useWalkthrough((state) => state.graphLarge) && enabled;
  const wasLarge = useRef(false);
  useLayoutEffect(() => {
    if (large) {
      wasLarge.current = true;
      if (!pane.current?.contains(document.activeElement))
        pane.current?.querySelector<HTMLElement>(`.${LARGE_TOGGLE_CLASS}`)?.focus();
      return;
    }
    if (!wasLarge.current) return;
    wasLarge.current = false;
    const back = focusBefore;
    focusBefore = null;
    if (back?.isConnected && back.checkVisibility?.() !== false) back.focus({ preventScroll: true });
    else document.getElementById('item-title')?.focus({ preventScroll: true });
  }, [large, pane]);
  useEffect(() => {
    if (!large) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTypingTarget(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      toggleGraphLarge();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [large]);
  return large;
}
