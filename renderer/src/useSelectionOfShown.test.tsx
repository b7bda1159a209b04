// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useSelectionOfShown } from './useSelectionOfShown.ts';

function Shown(props: { shown: string; current: string; selected: string | null }) {
  const itemId = useSelectionOfShown(props.shown, props.current, props.selected);
  return <p data-testid="item">{itemId ?? 'none'}</p>;
}

const item = () => screen.getByTestId('item').textContent;

describe('useSelectionOfShown', () => {
  afterEach(cleanup);

  it('follows the selection while the board shown is the current one', () => {
    const { rerender } = render(<Shown shown="old" current="old" selected="a" />);
    expect(item()).toBe('a');
    rerender(<Shown shown="old" current="old" selected="b" />);
    expect(item()).toBe('b');
  });

  it('keeps the old board with the item selected on it while the new board is still being drawn', () => {
    const { rerender } = render(<Shown shown="old" current="old" selected="a" />);
    rerender(<Shown shown="old" current="new" selected="x" />);
    expect(item()).toBe('a');
    rerender(<Shown shown="new" current="new" selected="x" />);
    expect(item()).toBe('x');
  });

  it('shows no item for a board it never saw selected', () => {
    const { rerender } = render(<Shown shown="old" current="old" selected="a" />);
    rerender(<Shown shown="other" current="new" selected="x" />);
    expect(item()).toBe('none');
  });
});
