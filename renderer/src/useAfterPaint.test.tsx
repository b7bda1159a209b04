// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HIDDEN_PAGE_MS, useAfterPaint } from './useAfterPaint.ts';

function Shown({ value }: { value: string }) {
  const painted = useAfterPaint(value);
  return <p data-testid="shown">{painted}</p>;
}

const shown = () => screen.getByTestId('shown').textContent;

/** jsdom paints no frames: the test says when one is painted. */
const frames = new Map<number, FrameRequestCallback>();
let lastFrame = 0;
const paintFrame = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const callback of due) callback(performance.now());
};

describe('useAfterPaint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    frames.clear();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      frames.set(++lastFrame, callback);
      return lastFrame;
    });
    vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('shows the first value at once, and a new one only in a task after the next paint', async () => {
    const { rerender } = render(<Shown value="first" />);
    expect(shown()).toBe('first');
    rerender(<Shown value="second" />);
    expect(shown()).toBe('first');
    await act(async () => paintFrame());
    expect(shown()).toBe('first');
    await act(async () => vi.advanceTimersByTime(0));
    expect(shown()).toBe('second');
  });

  it('follows a hidden page, which paints no frames, after a short while', async () => {
    const { rerender } = render(<Shown value="first" />);
    rerender(<Shown value="second" />);
    await act(async () => vi.advanceTimersByTime(HIDDEN_PAGE_MS - 1));
    expect(shown()).toBe('first');
    await act(async () => vi.advanceTimersByTime(1));
    expect(shown()).toBe('second');
  });

  it('shows only the latest of values that change before a paint', async () => {
    const { rerender } = render(<Shown value="first" />);
    rerender(<Shown value="second" />);
    rerender(<Shown value="third" />);
    await act(async () => paintFrame());
    await act(async () => vi.advanceTimersByTime(0));
    expect(shown()).toBe('third');
    rerender(<Shown value="first" />);
    rerender(<Shown value="third" />);
    await act(async () => vi.advanceTimersByTime(HIDDEN_PAGE_MS * 2));
    expect(shown()).toBe('third');
  });
});
