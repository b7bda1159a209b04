// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useKeptUntilIdle } from './useKeptUntilIdle.ts';

function Shown({ name, content, drawn = true }: { name: string; content: string; drawn?: boolean }) {
  const kept = useKeptUntilIdle(name, content, drawn);
  return (
    <>
      <p data-testid="shown">{content}</p>
      <p data-testid="kept">{kept ? `${kept.key}:${kept.content}` : ''}</p>
    </>
  );
}

const kept = () => screen.getByTestId('kept').textContent;
// jsdom has no idle callbacks: the hook then waits for a frame and a task after it.
const frameAndTask = () => act(async () => vi.advanceTimersByTime(50));

describe('useKeptUntilIdle', () => {
  beforeEach(() =>
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] }),
  );
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('keeps nothing at first, and nothing while the key stays the same', async () => {
    const { rerender } = render(<Shown name="board" content="one" />);
    expect(kept()).toBe('');
    rerender(<Shown name="board" content="two" />);
    expect(kept()).toBe('');
  });

  it('keeps what the key before showed last, until a frame and idle time later', async () => {
    const { rerender } = render(<Shown name="board" content="one" />);
    rerender(<Shown name="board" content="two" />);
    rerender(<Shown name="item" content="three" />);
    expect(screen.getByTestId('shown').textContent).toBe('three');
    expect(kept()).toBe('board:two');
    await frameAndTask();
    expect(kept()).toBe('');
  });

  it('keeps it as long as the new content is not drawn', async () => {
    const { rerender } = render(<Shown name="board" content="one" />);
    rerender(<Shown name="item" content="two" drawn={false} />);
    await frameAndTask();
    expect(kept()).toBe('board:one');
    rerender(<Shown name="item" content="two" drawn />);
    expect(kept()).toBe('board:one');
    await frameAndTask();
    expect(kept()).toBe('');
  });

  it('keeps only the last of keys changed before it could go, and nothing for a key shown again', async () => {
    const { rerender } = render(<Shown name="board" content="one" />);
    rerender(<Shown name="item" content="two" />);
    rerender(<Shown name="other" content="three" />);
    expect(kept()).toBe('item:two');
    rerender(<Shown name="item" content="four" />);
    expect(kept()).toBe('other:three');
    await frameAndTask();
    expect(kept()).toBe('');
  });
});
