import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../lib/popover/hover-intent';

describe('hover intent', () => {
  let opened: string[];
  let closed: number;
  let delay: number;
  const make = () =>
    createHoverIntent<string>({
      delayMs: () => delay,
      graceMs: 300,
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      clearTimeout: (id) => clearTimeout(id),
      onOpen: (mention) => opened.push(mention),
      onClose: () => closed++,
    });

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    closed = 0;
    delay = 300;
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests on a mention for the delay', () => {
    const hover = make();
    hover.pointerAt('a');
    vi.advanceTimersByTime(299);
    expect(opened).toEqual([]);
    hover.pointerAt('a'); // moving within the same mention does not restart the wait
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
  });

  it('a pointer sweeping across mentions opens nothing', () => {
    const hover = make();
    for (const mention of ['a', undefined, 'b', undefined, 'c']) {
      hover.pointerAt(mention);
      vi.advanceTimersByTime(100);
    }
    hover.pointerAt(undefined);
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    expect(closed).toBe(0);
  });

  it('reads the delay at each hover (a changed setting applies at once)', () => {
    const hover = make();
    delay = 1000;
    hover.pointerAt('a');
    vi.advanceTimersByTime(999);
    expect(opened).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(opened).toEqual(['a']);
  });

  it('closes after the grace period away from mention and popover, not before', () => {
    const hover = make();
    hover.pointerAt('a');
    vi.advanceTimersByTime(300);
    hover.pointerAt(undefined);
    vi.advanceTimersByTime(299);
    expect(closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(closed).toBe(1);
  });

  it('moving onto the popover or back to the mention keeps it open', () => {
    const hover = make();
    hover.pointerAt('a');
    vi.advanceTimersByTime(300);
    hover.pointerAt(undefined);
    vi.advanceTimersByTime(200);
    hover.pointerOnPopover();
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    hover.pointerAt(undefined);
    vi.advanceTimersByTime(200);
    hover.pointerAt('a');
    vi.advanceTimersByTime(1000);
    expect(closed).toBe(0);
    expect(opened).toEqual(['a']);
  });

  it('another mention replaces the open one after the delay', () => {
    const hover = make();
    hover.pointerAt('a');
    vi.advanceTimersByTime(300);
    hover.pointerAt('b');
    vi.advanceTimersByTime(300);
    expect(opened).toEqual(['a', 'b']);
  });

  it('reset forgets pending timers (the popover was opened or closed another way)', () => {
    const hover = make();
    hover.pointerAt('a');
    hover.reset('b');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    hover.pointerAt('b');
    vi.advanceTimersByTime(1000);
    expect(opened).toEqual([]);
    hover.pointerAt(undefined);
    vi.advanceTimersByTime(300);
    expect(closed).toBe(1);
  });
});
