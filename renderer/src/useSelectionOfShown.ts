import { useState } from 'react';

/**
 * The item selected on the board shown. While another board is drawn (deferred), the old board stays
 * with the item selected on it, not the new board's: the two are shown together or not at all.
 */
export function useSelectionOfShown<Board>(shown: Board, current: Board, selectedItemId: string | null): string | null {
  const [onShown, setOnShown] = useState({ board: shown, itemId: selectedItemId });
  if (shown !== current) return onShown.board === shown ? onShown.itemId : null;
  if (onShown.board !== shown || onShown.itemId !== selectedItemId)
    setOnShown({ board: shown, itemId: selectedItemId });
  return selectedItemId;
}
