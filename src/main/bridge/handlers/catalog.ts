import type { catalogCalls } from '../../../shared/bridge/calls/catalog';
import { CatalogService } from '../../catalog/catalog-service';
import { catalogSessionOf } from '../../catalog/session-adapter';
import type { MainContext } from '../../context';
import type { DomainHandlers } from './types';

export function catalogHandlers(ctx: MainContext): DomainHandlers<typeof catalogCalls> {
  const catalog = new CatalogService({ session: () => catalogSessionOf(ctx), log: ctx.log });
  return {
    'catalog.search': (input) => catalog.search(input),
    'catalog.searchImage': (input) => catalog.searchImage(input),
    'catalog.storeSearch': (input) => catalog.storeSearch(input),
    'catalog.product': (input) => catalog.product(input),
    'catalog.related': (input) => catalog.related(input),
    'catalog.categories': () => catalog.categories(),
  };
}
