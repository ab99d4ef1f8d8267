import { create } from 'zustand';
import type { Platform, SearchSort } from '../../../shared/bridge/calls/catalog';

export interface SearchFilters {
  readonly categoryId?: string;
  readonly priceMinFen?: number;
  readonly priceMaxFen?: number;
  readonly sort: SearchSort;
}

/** The picture an image search runs on, kept while the user pages through its results. */
export interface SearchImage {
  readonly base64: string;
  /** An object URL for the preview; revoked when the picture is replaced. */
  readonly previewUrl: string;
  readonly name: string;
  /** Distinguishes two searches by the same file name. */
  readonly key: string;
}

/**
 * The search form between visits: what is typed, the marketplace, the filters and the picture.
 * The submitted keyword and seller live in the route, so Back returns to the same results.
 */
interface SearchState {
  readonly draft: string;
  readonly platform: Platform;
  readonly filters: SearchFilters;
  readonly image: SearchImage | null;
  setDraft(draft: string): void;
  setPlatform(platform: Platform): void;
  setFilters(change: Partial<SearchFilters>): void;
  resetFilters(): void;
  setImage(image: SearchImage | null): void;
}

export const DEFAULT_FILTERS: SearchFilters = { sort: 'relevance' };

export const useSearch = create<SearchState>((set, get) => ({
  draft: '',
  platform: '1688',
  filters: DEFAULT_FILTERS,
  image: null,
  setDraft: (draft) => set({ draft }),
  setPlatform: (platform) => set({ platform }),
  setFilters: (change) => set((state) => ({ filters: { ...state.filters, ...change } })),
  resetFilters: () => set({ filters: DEFAULT_FILTERS }),
  setImage: (image) => {
    const previous = get().image;
    if (previous && previous.previewUrl !== image?.previewUrl)
      URL.revokeObjectURL(previous.previewUrl);
    set({ image });
  },
}));
