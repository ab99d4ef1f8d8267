import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { AppSettings } from '../../../../shared/bridge/calls/settings';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';

/**
 * The user's display currency and rate. Read once and kept fresh by `settings.changed`, so a
 * rate saved in Settings shows on every open page at once.
 */
export function useDisplayCurrency(): AppSettings['displayCurrency'] | null {
  const client = useQueryClient();
  const query = useBridgeQuery('settings.get', {}, { staleTime: Infinity });
  const onChanged = useCallback(
    (settings: AppSettings) => client.setQueryData(['settings.get', {}], settings),
    [client],
  );
  useBridgeEvent('settings.changed', onChanged);
  return query.data?.displayCurrency ?? null;
}

/** Fen in yuan converted to the display currency's major unit. */
export function convertFen(fen: number, perCny: number): number {
  return (fen / 100) * perCny;
}
