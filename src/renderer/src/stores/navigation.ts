import { create } from 'zustand';

/**
 * The app's place: which page and with what parameters. Kept in zustand (not the URL) because
 * the Electron shell serves one document; back/forward are the app's own.
 */
export type Route =
  | { readonly page: 'home' }
  | {
      readonly page: 'search';
      readonly query?: string;
      readonly platform?: '1688' | 'taobao';
      readonly sellerId?: string;
    }
  | { readonly page: 'product'; readonly platform: '1688' | 'taobao'; readonly id: string }
  | { readonly page: 'cart' }
  | {
      readonly page: 'checkout';
      readonly platform: '1688' | 'taobao';
      readonly lineIds: readonly string[];
    }
  | { readonly page: 'orders'; readonly orderId?: string; readonly platform?: '1688' | 'taobao' }
  | {
      readonly page: 'aftersales';
      readonly orderId?: string;
      readonly platform?: '1688' | 'taobao';
    }
  | { readonly page: 'logistics' }
  | { readonly page: 'batch'; readonly batchId?: string }
  | { readonly page: 'settings'; readonly section?: string };

export type PageName = Route['page'];

interface NavigationState {
  readonly route: Route;
  readonly history: readonly Route[];
  go(route: Route): void;
  back(): void;
}

export const useNavigation = create<NavigationState>((set) => ({
  route: { page: 'home' },
  history: [],
  go: (route) => set((state) => ({ route, history: [...state.history.slice(-49), state.route] })),
  back: () =>
    set((state) => {
      const previous = state.history.at(-1);
      return previous ? { route: previous, history: state.history.slice(0, -1) } : state;
    }),
}));
