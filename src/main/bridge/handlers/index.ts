import type { MainContext } from '../../context';
import type { Handlers } from '../router';
import { aftersalesHandlers } from './aftersales';
import { appHandlers } from './app';
import { batchHandlers } from './batch';
import { cartHandlers } from './cart';
import { catalogHandlers } from './catalog';
import { logisticsHandlers } from './logistics';
import { ordersHandlers } from './orders';
import { profilesHandlers } from './profiles';
import { settingsHandlers } from './settings';
import { storeHandlers } from './store';

/** Every call's handler. TypeScript fails the build when a declared call has none. */
export function createHandlers(ctx: MainContext): Handlers {
  return {
    ...appHandlers(ctx),
    ...profilesHandlers(ctx),
    ...catalogHandlers(ctx),
    ...storeHandlers(ctx),
    ...cartHandlers(ctx),
    ...ordersHandlers(ctx),
    ...aftersalesHandlers(ctx),
    ...logisticsHandlers(ctx),
    ...batchHandlers(ctx),
    ...settingsHandlers(ctx),
  };
}
