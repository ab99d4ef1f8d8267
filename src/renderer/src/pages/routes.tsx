import {
  IconBuildingStore,
  IconFileSpreadsheet,
  IconHome,
  IconPackage,
  IconReceiptRefund,
  IconTruckDelivery,
  IconSearch,
  IconSettings,
  IconShoppingCart,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import type { PageName } from '../stores/navigation';
import { HomePage } from './home/HomePage';
import { SettingsPage } from './settings/SettingsPage';
import { BatchPage } from './batch/BatchPage';
import { CartPage } from './cart/CartPage';
import { CheckoutPage } from './checkout/CheckoutPage';
import { OrdersPage } from './orders/OrdersPage';
import { ProductPage } from './product/ProductPage';
import { SearchPage } from './search/SearchPage';
import { AftersalesPage } from './aftersales/AftersalesPage';
import { LogisticsPage } from './logistics/LogisticsPage';

export interface PageEntry {
  readonly component: ComponentType;
  /** Shown in the sidebar when set; the key is in the `app` namespace under `nav`. */
  readonly nav?: { readonly labelKey: string; readonly icon: ReactNode };
}

/**
 * Every page of the app. A workflow registers its page here (one line) and its texts in
 * src/renderer/src/i18n/index.ts.
 */
export const pages: Readonly<Record<PageName, PageEntry>> = {
  home: { component: HomePage, nav: { labelKey: 'nav.home', icon: <IconHome size={18} /> } },
  search: {
    component: SearchPage,
    nav: { labelKey: 'nav.search', icon: <IconSearch size={18} /> },
  },
  product: { component: ProductPage },
  cart: {
    component: CartPage,
    nav: { labelKey: 'nav.cart', icon: <IconShoppingCart size={18} /> },
  },
  checkout: { component: CheckoutPage },
  orders: {
    component: OrdersPage,
    nav: { labelKey: 'nav.orders', icon: <IconPackage size={18} /> },
  },
  aftersales: {
    component: AftersalesPage,
    nav: { labelKey: 'aftersales:nav', icon: <IconReceiptRefund size={18} /> },
  },
  logistics: {
    component: LogisticsPage,
    nav: { labelKey: 'logistics:nav', icon: <IconTruckDelivery size={18} /> },
  },
  batch: {
    component: BatchPage,
    nav: { labelKey: 'nav.batch', icon: <IconFileSpreadsheet size={18} /> },
  },
  settings: {
    component: SettingsPage,
    nav: { labelKey: 'nav.settings', icon: <IconSettings size={18} /> },
  },
};

export const BrandIcon = IconBuildingStore;
