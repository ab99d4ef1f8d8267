import { describe, expect, it } from 'vitest';
import { createNonceStore } from '../../../src/sandbox/auth/nonces';
import { timestampMs } from '../../../src/sandbox/auth/verify';
import { createClock } from '../../../src/sandbox/clock';
import { createFaultInjector } from '../../../src/sandbox/faults';

describe('timestamps', () => {
  it('reads 10 digits as seconds and 13 as milliseconds', () => {
    expect(timestampMs('1715669977')).toBe(1_715_669_977_000);
    expect(timestampMs('1715669977082')).toBe(1_715_669_977_082);
    expect(timestampMs('17156.5')).toBeNull();
    expect(timestampMs('')).toBeNull();
  });
});

describe('nonces', () => {
  it('refuses a nonce twice within the window and forgets it after twice the window', () => {
    const nonces = createNonceStore(600_000);
    expect(nonces.claim('key', 'n1', 0)).toBe(true);
    expect(nonces.claim('key', 'n1', 1_199_999)).toBe(false);
    expect(nonces.claim('other-key', 'n1', 10)).toBe(true);
    expect(nonces.claim('key', 'n2', 1_200_000)).toBe(true);
    expect(nonces.claim('key', 'n1', 1_200_001)).toBe(true);
  });
});

describe('the sandbox clock', () => {
  it('moves business time only forward and leaves the wall clock alone', () => {
    let wall = 1_000;
    const clock = createClock(0, () => wall);
    clock.advance(5_000);
    wall += 10;
    expect(clock.now().getTime()).toBe(6_010);
    expect(clock.wallNow()).toBe(1_010);
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });
});

describe('fault plans', () => {
  it('prefers the endpoint rule, counts times, then falls back to the run-wide rule', () => {
    const faults = createFaultInjector({
      all: { latencyMs: 5 },
      endpoints: { 'alibaba.order.create': { lostResponseRate: 1, times: 1 } },
    });
    expect(faults.plan('alibaba.order.create')).toMatchObject({
      outcome: 'lost-response',
      latencyMs: 0,
    });
    expect(faults.plan('alibaba.order.create')).toMatchObject({ outcome: 'none', latencyMs: 5 });
    expect(faults.plan('alibaba.product.hotList')).toMatchObject({ outcome: 'none', latencyMs: 5 });
  });

  it('draws random latency within its range and refuses rates above 1', () => {
    const faults = createFaultInjector({ all: { latencyMs: { min: 10, max: 20 } } });
    for (let call = 0; call < 50; call += 1) {
      const { latencyMs } = faults.plan('x');
      expect(latencyMs).toBeGreaterThanOrEqual(10);
      expect(latencyMs).toBeLessThanOrEqual(20);
    }
    expect(() => faults.set({ all: { errorRate: 1.5 } })).toThrow();
  });
});
