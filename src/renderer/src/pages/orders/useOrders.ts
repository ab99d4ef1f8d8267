import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { bridge } from '../../bridge/client';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';
import type { OrdersListRequest } from './order-filters';

/**
 * The order list as main answers it (the cache first, refreshed behind the user's back); when
 * main announces `orders.changed` every open order query reads again.
 */
export function useOrders(request: OrdersListRequest) {
  const client = useQueryClient();
  const query = useBridgeQuery('orders.list', request, { placeholderData: keepPreviousData });

  const onChanged = useCallback(() => {
    void client.invalidateQueries({ queryKey: ['orders.list'] });
    void client.invalidateQueries({ queryKey: ['orders.detail'] });
  }, [client]);
  useBridgeEvent('orders.changed', onChanged);

  const refresh = useMutation({
    mutationFn: () => bridge.call('orders.list', { ...request, refresh: true }),
    onSuccess: (answer) => client.setQueryData(['orders.list', request], answer),
  });
  return { query, refresh };
}
