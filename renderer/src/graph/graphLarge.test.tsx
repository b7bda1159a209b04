// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useWalkthrough } from '../stores/index.ts';
import { LARGE_TOGGLE_CLASS, toggleGraphLarge, useGraphLargeKeyboard } from './graphLarge.ts';

function Workspace() {
  const pane = useRef<HTMLElement>(null);
  const large = useGraphLargeKeyboard(pane, true);
  return (
    <>
      <button type="button">elsewhere</button>
      <input aria-label="search" />
      <section ref={pane} data-large={large}>
        <button type="button" className={LARGE_TOGGLE_CLASS}>
          toggle
        </button>
      </section>
    </>
  );
}

const large = () => useWalkthrough.getState().graphLarge;

describe('the graph large', () => {
  beforeEach(() => useWalkthrough.setState({ graphLarge: false }));
  afterEach(cleanup);

  it('takes the keyboard to its button to go back, and G again returns it where it was', () => {
    render(<Workspace />);
    screen.getByText('elsewhere').focus();
    act(toggleGraphLarge);
    expect(large()).toBe(true);
    expect(document.activeElement).toBe(screen.getByText('toggle'));
    act(toggleGraphLarge);
    expect(large()).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('elsewhere'));
  });

  it('leaves the keyboard where it is when that is in the graph', () => {
    render(<Workspace />);
    screen.getByText('toggle').focus();
    act(toggleGraphLarge);
    expect(document.activeElement).toBe(screen.getByText('toggle'));
  });

  it('goes back with Escape, but not with an Escape a text field takes', () => {
    render(<Workspace />);
    screen.getByText('elsewhere').focus();
    act(toggleGraphLarge);
    fireEvent.keyDown(screen.getByLabelText('search'), { key: 'Escape' });
    expect(large()).toBe(true);
    fireEvent.keyDown(screen.getByText('toggle'), { key: 'Escape' });
    expect(large()).toBe(false);
    expect(document.activeElement).toBe(screen.getByText('elsewhere'));
  });

  it('does nothing with Escape while the graph is not large', () => {
    render(<Workspace />);
    fireEvent.keyDown(screen.getByText('toggle'), { key: 'Escape' });
    expect(large()).toBe(false);
  });
});
