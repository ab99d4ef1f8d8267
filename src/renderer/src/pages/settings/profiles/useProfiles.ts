import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { bridge } from '../../../bridge/client';
import { useBridgeEvent, useBridgeQuery } from '../../../bridge/hooks';
import { useConnectionTests } from './connection-tests';

export function useProfileList() {
  return useBridgeQuery('profiles.list', {}, { staleTime: Infinity });
}

export function useKeychainStatus() {
  return useBridgeQuery('profiles.keychainStatus', {}, { staleTime: 60_000 });
}

/**
 * Keeps every view in step with main's profiles: a new active profile means other data (the
 * store, carts, orders), so everything is fetched again; other changes refresh the list only.
 * Mounted once, by the header's profile switcher.
 */
export function useProfileChangeSync(): void {
  const client = useQueryClient();
  const onChange = useCallback(
    (change: { reason: string }) => {
      if (change.reason === 'activated' || change.reason === 'deleted') {
        void client.invalidateQueries();
      } else {
        void client.invalidateQueries({ queryKey: ['profiles.list'] });
        void client.invalidateQueries({ queryKey: ['app.info'] });
      }
    },
    [client],
  );
  useBridgeEvent('profiles.changed', onChange);
}

export function useActivateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => bridge.call('profiles.activate', { id }),
    // The event does the same; doing it here too keeps the answer visible without waiting for it.
    onSuccess: () => client.invalidateQueries(),
  });
}

/**
 * Runs a connection test and keeps its result next to the profile until the next one. A plain
 * function rather than a mutation hook: the form that starts a test closes before it ends.
 */
export async function testConnection(client: QueryClient, id: string): Promise<void> {
  const { record } = useConnectionTests.getState();
  record(id, { running: true });
  try {
    const result = await bridge.call('profiles.test', { id });
    record(result.profileId, { running: false, result });
    // A test may save the timestamp unit that worked.
    await client.invalidateQueries({ queryKey: ['profiles.list'] });
  } catch (error) {
    record(id, { running: false, error });
  }
}

export function useTestConnection(): (id: string) => void {
  const client = useQueryClient();
  return useCallback((id: string) => void testConnection(client, id), [client]);
}

export function useDeleteProfile() {
  const client = useQueryClient();
  const forget = useConnectionTests((state) => state.forget);
  return useMutation({
    mutationFn: (id: string) => bridge.call('profiles.delete', { id }),
    onSuccess: (_answer, id) => {
      forget(id);
      return client.invalidateQueries();
    },
  });
}
