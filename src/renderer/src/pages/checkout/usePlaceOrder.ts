import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { bridge } from '../../bridge/client';
import { errorInfoOf } from '../../components/states';
import { useCheckoutStore } from './checkout-store';
import {
  afterCallError,
  afterIntent,
  afterStatus,
  canPlace,
  startPlacing,
  type PlaceState,
} from './place-flow';

const CHECK_EVERY_MS = 2_000;

/**
 * Places the checkout's order(s) through main's outbox and, when the answer is lost, asks main
 * what became of the same reference until it knows. The ref guard stops a second press that
 * arrives before React has re-rendered the disabled button.
 */
export function usePlaceOrder(
  key: string,
  input: {
    platform: Platform;
    lineIds: readonly string[];
    addressId: string | null;
    remark: string;
  },
) {
  const client = useQueryClient();
  const update = useCheckoutStore((state) => state.update);
  const sending = useRef(false);
  const set = useCallback(
    (change: (place: PlaceState) => PlaceState) =>
      update(key, (entry) => ({ ...entry, place: change(entry.place) })),
    [key, update],
  );
  const current = () => useCheckoutStore.getState().entries[key]?.place ?? null;

  const place = async () => {
    const before = current();
    if (!before || !canPlace(before) || sending.current || !input.addressId) return;
    sending.current = true;
    set(startPlacing);
    try {
      const status = await bridge.call('orders.place', {
        platform: input.platform,
        lineIds: [...input.lineIds],
        addressId: input.addressId,
        clientRef: before.clientRef,
        ...(input.remark.trim() ? { remark: input.remark.trim() } : {}),
      });
      set((state) => afterStatus(state, status));
    } catch (error) {
      set((state) => afterCallError(state, errorInfoOf(error)));
    } finally {
      sending.current = false;
      void client.invalidateQueries({ queryKey: ['orders.list'] });
    }
  };

  const check = useCallback(async () => {
    const state = useCheckoutStore.getState().entries[key]?.place;
    if (!state || state.phase !== 'checking') return;
    try {
      const status = await bridge.call('orders.intent', { clientRef: state.clientRef });
      set((latest) => (latest.phase === 'checking' ? afterIntent(latest, status) : latest));
    } catch {
      // Still unreachable: keep checking; the reference stays the same.
    }
  }, [key, set]);

  const phase = useCheckoutStore((state) => state.entries[key]?.place.phase);
  useEffect(() => {
    if (phase !== 'checking') return;
    const timer = setInterval(() => void check(), CHECK_EVERY_MS);
    void check();
    return () => clearInterval(timer);
  }, [phase, check]);

  return { place, check };
}
