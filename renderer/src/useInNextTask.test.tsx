// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useInNextTask } from './useInNextTask.ts';

function Shown({ value, atOnce }: { value: string; atOnce?: boolean }) {
  const shown = useInNextTask(value, atOnce);
  return <p data-testid="shown">{shown}</p>;
}

const shown = () => screen.getByTestId('shown').textContent;

describe('useInNextTask', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the first value at once, and a new one only in a task after the render that brought it', async () => {
    const { rerender } = render(<Shown value="first" />);
    expect(shown()).toBe('first');
    rerender(<Shown value="second" />);
    expect(shown()).toBe('first');
    await act(async () => vi.advanceTimersByTime(0));
    expect(shown()).toBe('second');
  });

  it('shows only the latest of values that change within a task, and nothing in between', async () => {
    const { rerender } = render(<Shown value="first" />);
    rerender(<Shown value="second" />);
    rerender(<Shown value="third" />);
    await act(async () => vi.advanceTimersByTime(0));
    expect(shown()).toBe('third');
    rerender(<Shown value="first" />);
    rerender(<Shown value="third" />);
    await act(async () => vi.advanceTimersByTime(10));
    expect(shown()).toBe('third');
  });

  it('shows a value at once when asked, and keeps showing it when no longer asked', async () => {
    const { rerender } = render(<Shown value="first" />);
    rerender(<Shown value="second" atOnce />);
    expect(shown()).toBe('second');
    rerender(<Shown value="second" />);
    expect(shown()).toBe('second');
    await act(async () => vi.advanceTimersByTime(10));
    expect(shown()).toBe('second');
    rerender(<Shown value="third" />);
    expect(shown()).toBe('second');
  });
});
