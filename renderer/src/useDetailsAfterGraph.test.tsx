// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDetailsAfterGraph } from './useDetailsAfterGraph.ts';

function Details({ itemId }: { itemId: string | null }) {
  return <p data-testid="details">{useDetailsAfterGraph(itemId) ?? 'none'}</p>;
}

const details = () => screen.getByTestId('details').textContent;

describe('useDetailsAfterGraph', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the first item opened a task after the render that opens it', async () => {
    const { rerender } = render(<Details itemId={null} />);
    rerender(<Details itemId="db" />);
    expect(details()).toBe('none');
    await act(async () => vi.advanceTimersByTime(0));
    expect(details()).toBe('db');
  });

  it('shows every later item, and no item, at once', async () => {
    const { rerender } = render(<Details itemId="db" />);
    expect(details()).toBe('db');
    rerender(<Details itemId="auth" />);
    expect(details()).toBe('auth');
    rerender(<Details itemId={null} />);
    expect(details()).toBe('none');
  });

  it('shows only the item that is open when the task comes, not one opened and left before it', async () => {
    const { rerender } = render(<Details itemId={null} />);
    rerender(<Details itemId="db" />);
    rerender(<Details itemId="auth" />);
    await act(async () => vi.advanceTimersByTime(0));
    expect(details()).toBe('auth');
    rerender(<Details itemId={null} />);
    rerender(<Details itemId="outage" />);
    rerender(<Details itemId={null} />);
    await act(async () => vi.advanceTimersByTime(10));
    expect(details()).toBe('none');
  });
});
