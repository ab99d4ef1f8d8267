import type { Platform } from '../../shared/bridge/calls/catalog';
import { alibabaOfferDetailSchema } from '../../shared/pandapon/shapes-alibaba';
import { taobaoItemSchema } from '../../shared/pandapon/shapes-taobao';
import type { ShopSession } from '../orders/session-port';

/**
 * The product's minimum order quantity, read through the cache (the product page usually read
 * it already). Cart lines do not carry it, so a quantity edit asks the product. When the product
 * cannot be read (offline, withdrawn) the answer is 1 and PandaPon's own check decides.
 */
export async function minimumQuantityOf(
  session: ShopSession,
  platform: Platform,
  productId: string,
): Promise<number> {
  if (!productId) return 1;
  try {
    if (platform === '1688') {
      const answer = await session.read('alibaba.product.detail', { offerId: productId });
      return Math.max(1, alibabaOfferDetailSchema.parse(answer.data).minOrderQuantity ?? 1);
    }
    const answer = await session.read('taobao.product.get', { itemId: productId });
    return Math.max(1, taobaoItemSchema.parse(answer.data).beginAmount ?? 1);
  } catch {
    return 1;
  }
}
