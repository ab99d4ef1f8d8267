import { describe, expect, it } from 'vitest';
import type { IntentStatus } from '../../../src/shared/bridge/calls/orders';
import {
  afterCallError,
  afterIntent,
  afterStatus,
  canPlace,
  initialPlace,
  startPlacing,
} from '../../../src/renderer/src/pages/checkout/place-flow';

const status = (state: IntentStatus['state'], extra: Partial<IntentStatus> = {}): IntentStatus => ({
  clientRef: 'co-test-1',
  state,
  orderIds: [],
  error: null,
  ...extra,
});

describe('the place-order button', () => {
  it('ignores a second press while the first is out', () => {
    const placing = startPlacing(initialPlace('co-test-1'));
    expect(placing.phase).toBe('placing');
    expect(canPlace(placing)).toBe(false);
    expect(startPlacing(placing)).toBe(placing);
  });

  it('shows the created orders and never places again', () => {
    const placed = afterStatus(
      startPlacing(initialPlace('co-test-1')),
      status('done', { orderIds: ['3001'] }),
    );
    expect(placed).toMatchObject({ phase: 'placed', orderIds: ['3001'] });
    expect(canPlace(placed)).toBe(false);
  });

  it('keeps the same reference after a dropped connection, and checks what happened', () => {
    const placing = startPlacing(initialPlace('co-test-1'));
    const lost = afterCallError(placing, { code: 'offline', message: 'lost' });
    expect(lost).toMatchObject({ phase: 'checking', clientRef: 'co-test-1' });
    expect(canPlace(lost)).toBe(false);
    expect(afterIntent(lost, status('done', { orderIds: ['3002'] }))).toMatchObject({
      phase: 'placed',
      orderIds: ['3002'],
    });
    expect(afterIntent(lost, status('unknown')).phase).toBe('checking');
  });

  it('lets the user press again with the same reference when main never recorded the request', () => {
    const lost = afterCallError(startPlacing(initialPlace('co-test-1')), {
      code: 'timeout',
      message: '',
    });
    const again = afterIntent(lost, null);
    expect(again).toMatchObject({
      phase: 'ready',
      clientRef: 'co-test-1',
      error: { code: 'not_sent' },
    });
    expect(canPlace(again)).toBe(true);
  });

  it('uses a new reference only after the outbox says nothing was created', () => {
    const failed = afterStatus(
      startPlacing(initialPlace('co-test-1')),
      status('failed', { error: { code: 'not_created', message: 'nothing ordered' } }),
    );
    expect(failed.phase).toBe('failed');
    expect(failed.clientRef).not.toBe('co-test-1');
    expect(failed.clientRef).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(canPlace(failed)).toBe(true);
  });

  it('keeps the reference when main refused before sending (the cart changed)', () => {
    const refused = afterCallError(startPlacing(initialPlace('co-test-1')), {
      code: 'conflict',
      message: 'cart changed',
    });
    expect(refused).toMatchObject({
      phase: 'ready',
      clientRef: 'co-test-1',
      error: { code: 'conflict' },
    });
  });
});
