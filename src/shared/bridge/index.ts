import type { z } from 'zod';
import { aftersalesCalls, aftersalesEvents } from './calls/aftersales';
import { appCalls, appEvents } from './calls/app';
import { batchCalls, batchEvents } from './calls/batch';
import { cartCalls, cartEvents } from './calls/cart';
import { catalogCalls, catalogEvents } from './calls/catalog';
import { logisticsCalls } from './calls/logistics';
import { ordersCalls, ordersEvents } from './calls/orders';
import { profilesCalls, profilesEvents } from './calls/profiles';
import { settingsCalls, settingsEvents } from './calls/settings';
import { storeCalls, storeEvents } from './calls/store';

/** Every call the renderer may make, by name. The only door between renderer and main. */
export const calls = {
  ...appCalls,
  ...profilesCalls,
  ...catalogCalls,
  ...storeCalls,
  ...cartCalls,
  ...ordersCalls,
  ...aftersalesCalls,
  ...logisticsCalls,
  ...batchCalls,
  ...settingsCalls,
};

/** Every event main may send to the renderer, by name. */
export const events = {
  ...appEvents,
  ...profilesEvents,
  ...catalogEvents,
  ...storeEvents,
  ...cartEvents,
  ...ordersEvents,
  ...aftersalesEvents,
  ...batchEvents,
  ...settingsEvents,
};

export type Calls = typeof calls;
export type CallName = keyof Calls;
/** What the renderer passes (defaults may be omitted). */
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
/** What the handler receives after validation (defaults filled in). */
export type CallParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = Calls[N]['output'];

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = Events[E]['payload'];

export const callNames = Object.keys(calls) as CallName[];
export const eventNames = Object.keys(events) as EventName[];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.hasOwn(calls, name);
}

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}

export { BridgeError, type BridgeErrorInfo, type BridgeResult } from './errors';
export type { Sourced } from './sourced';
