import { create } from 'zustand';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { initialPlace, newClientRef, type PlaceState } from './place-flow';

/**
 * Checkout state by the lines being checked out, so leaving the page and coming back (or a
 * re-render) keeps the same client references and never makes a second order.
 */
export interface CheckoutEntry {
  readonly addressId: string | null;
  readonly remark: string;
  readonly place: PlaceState;
  /** The payment's own reference (a batch payment is a money-moving request too). */
  readonly payRef: string;
}

interface CheckoutState {
  readonly entries: Readonly<Record<string, CheckoutEntry>>;
  update(key: string, change: (entry: CheckoutEntry) => CheckoutEntry): void;
}

export function checkoutKey(platform: Platform, lineIds: readonly string[]): string {
  return `${platform}:${[...lineIds].sort().join(',')}`;
}

export function newEntry(): CheckoutEntry {
  return { addressId: null, remark: '', place: initialPlace(), payRef: newClientRef('pay') };
}

export const useCheckoutStore = create<CheckoutState>((set) => ({
  entries: {},
  update: (key, change) =>
    set((state) => ({
      entries: { ...state.entries, [key]: change(state.entries[key] ?? newEntry()) },
    })),
}));
