import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// common.ts reads the page's language and listens for clicks when it loads: give it a bare page.
const order: string[] = [];
vi.stubGlobal('document', {
  documentElement: {
    lang: 'en',
    get offsetHeight() {
      order.push('layout');
      return 0;
    },
  },
  addEventListener: () => {},
});
vi.stubGlobal('addEventListener', () => {});
const { soon } = await import('../../../src/scripts/interactives/common');

describe('soon', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    order.length = 0;
  });
  afterEach(() => vi.useRealTimers());

  it('runs the work in a later task, not in the caller’s', () => {
    const draw = soon(() => order.push('draw'));
    draw();
    expect(order).toEqual([]);
    vi.runAllTimers();
    expect(order).toContain('draw');
  });

  it('runs once for any number of calls before it runs, and again for calls after', () => {
    let runs = 0;
    const draw = soon(() => runs++);
    draw();
    draw();
    draw();
    vi.runAllTimers();
    expect(runs).toBe(1);
    draw();
    vi.runAllTimers();
    expect(runs).toBe(2);
  });

  it('lays the page out after the work, in the same task', () => {
    const draw = soon(() => order.push('draw'));
    draw();
    // One task: running the timers pending now does both, and leaves no task behind.
    vi.runOnlyPendingTimers();
    expect(order).toEqual(['draw', 'layout']);
    expect(vi.getTimerCount()).toBe(0);
  });
});
