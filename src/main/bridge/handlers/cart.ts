import type { cartCalls } from '../../../shared/bridge/calls/cart';
import { addToCart, listCart, removeLines, setLineQuantity } from '../../cart/cart-service';
import type { MainContext } from '../../context';
import { shopSessionOf } from '../../orders/session-port';
import type { DomainHandlers } from './types';

export function cartHandlers(ctx: MainContext): DomainHandlers<typeof cartCalls> {
  const changed = (platform: '1688' | 'taobao') => ctx.events.emit('cart.changed', { platform });
  return {
    'cart.list': async ({ platform, refresh }) =>
      listCart(await shopSessionOf(ctx), platform, refresh),
    'cart.add': async (input) => {
      const view = await addToCart(await shopSessionOf(ctx), input);
      changed(input.platform);
      return view;
    },
    'cart.setQuantity': async ({ platform, lineId, quantity }) => {
      const view = await setLineQuantity(await shopSessionOf(ctx), platform, lineId, quantity);
      changed(platform);
      return view;
    },
    'cart.remove': async ({ platform, lineIds }) => {
      const view = await removeLines(await shopSessionOf(ctx), platform, lineIds);
      changed(platform);
      return view;
    },
  };
}
