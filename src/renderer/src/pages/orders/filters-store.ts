import { create } from 'zustand';
import { NO_FILTERS, type OrderFilters } from './order-filters';

/** The order list's filters, kept while the user opens an order and comes back. */
interface OrderFiltersState {
  readonly filters: OrderFilters;
  change(change: Partial<OrderFilters>): void;
  clear(): void;
}

export const useOrderFilters = create<OrderFiltersState>((set) => ({
  filters: NO_FILTERS,
  change: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  clear: () => set({ filters: NO_FILTERS }),
}));
