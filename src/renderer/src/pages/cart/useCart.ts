import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { CartView } from '../../../../shared/bridge/calls/cart';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import type { Sourced } from '../../../../shared/bridge/sourced';
import { bridge } from '../../bridge/client';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';

const keyOf = (platform: Platform) => ['cart.list', { platform }] as const;

/**
 * One cart: its cached answer, kept current by `cart.changed` (the product page adds, an order
 * empties), and the edits. Every edit answers with the cart as PandaPon now has it.
 */
export function useCart(platform: Platform) {
  const client = useQueryClient();
  const query = useBridgeQuery('cart.list', { platform });

  const onChanged = useCallback(
    (payload: { platform: Platform }) => {
      if (payload.platform === platform)
        void client.invalidateQueries({ queryKey: keyOf(platform) });
    },
    [client, platform],
  );
  useBridgeEvent('cart.changed', onChanged);

  const show = (answer: Sourced<CartView>) => client.setQueryData(keyOf(platform), answer);
  const fresh = (view: CartView): Sourced<CartView> => ({
    data: view,
    source: 'network',
    fetchedAt: new Date().toISOString(),
    stale: false,
  });

  const refresh = useMutation({
    mutationFn: () => bridge.call('cart.list', { platform, refresh: true }),
    onSuccess: show,
  });
  const setQuantity = useMutation({
    mutationFn: (input: { lineId: string; quantity: number }) =>
      bridge.call('cart.setQuantity', { platform, ...input }),
    onSuccess: (view) => show(fresh(view)),
  });
  const remove = useMutation({
    mutationFn: (lineIds: readonly string[]) =>
      bridge.call('cart.remove', { platform, lineIds: [...lineIds] }),
    onSuccess: (view) => show(fresh(view)),
  });

  return { query, refresh, setQuantity, remove };
}

export type CartHandle = ReturnType<typeof useCart>;
