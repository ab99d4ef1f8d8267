import { useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import type {
  CallInput,
  CallName,
  CallOutput,
  EventName,
  EventPayload,
} from '../../../shared/bridge';
import { bridge, BridgeCallError } from './client';

/** A bridge read as a TanStack query keyed by call name and input. */
export function useBridgeQuery<N extends CallName>(
  name: N,
  input: CallInput<N>,
  options: Omit<UseQueryOptions<CallOutput<N>, BridgeCallError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<CallOutput<N>, BridgeCallError>({
    queryKey: [name, input],
    queryFn: () => bridge.call(name, input),
    ...options,
  });
}

/** Subscribes to a main-side event for the lifetime of the component. */
export function useBridgeEvent<E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  useEffect(() => bridge.on(name, listener), [name, listener]);
}
