import { create } from 'zustand';
import type { Platform } from '../../../../shared/bridge/calls/catalog';

/**
 * The cart tab shown and the lines ticked in each cart. Kept outside the page so the selection
 * survives a trip to checkout and back.
 */
interface CartSelectionState {
  readonly platform: Platform;
  readonly selected: Readonly<Record<Platform, readonly string[]>>;
  setPlatform(platform: Platform): void;
  setSelected(platform: Platform, lineIds: readonly string[]): void;
}

export const useCartSelection = create<CartSelectionState>((set) => ({
  platform: '1688',
  selected: { '1688': [], taobao: [] },
  setPlatform: (platform) => set({ platform }),
  setSelected: (platform, lineIds) =>
    set((state) => ({ selected: { ...state.selected, [platform]: lineIds } })),
}));
