import { z } from 'zod';
import { defineEndpoint, idField, noInput } from './define';
import { taobaoOrderAddressSchema } from './shapes-common';
import { taobaoCartLineSchema, taobaoOrderPreviewSchema, taobaoOrderSchema } from './shapes-taobao';

const group = 'Taobao › cart';
const inferredNote =
  'Page never read: path and fields inferred from the 1688 cart siblings; ' +
  'searched 2026-12-04: v2 page body not in stored pages.';
const cartIds = z.array(z.number().int()).min(1);

export const taobaoCartEndpoints = [
  defineEndpoint({
    name: 'taobao.cart.preview',
    title: 'Taobao cart: generate order preview',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/cart/preview/order',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({ ids: cartIds, orderAddress: taobaoOrderAddressSchema.nullish() }),
    response: taobaoOrderPreviewSchema,
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.cart.createOrder',
    title: 'Taobao cart: create order',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/cart/create/order',
    v1Path: '/open/cart/create/order',
    status: 'v1',
    kind: 'money',
    request: z.object({
      ids: cartIds,
      orderAddress: taobaoOrderAddressSchema,
      userId: z.string().nullish(),
    }),
    response: z.union([taobaoOrderSchema, z.array(taobaoOrderSchema)]).nullish(),
    notes: 'Body from v1; v2 path derived; the answer `data` was not captured (inferred).',
  }),
  defineEndpoint({
    name: 'taobao.cart.list',
    title: 'Taobao cart list',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/cart/list',
    status: 'inferred',
    kind: 'read',
    request: noInput,
    response: z.union([
      z.array(taobaoCartLineSchema),
      z.looseObject({
        enableList: z.array(taobaoCartLineSchema).nullish(),
        disableList: z.array(taobaoCartLineSchema).nullish(),
      }),
    ]),
    notes: `${inferredNote} Accepts a plain list or the 1688 enable/disable split.`,
  }),
  defineEndpoint({
    name: 'taobao.cart.delete',
    title: 'Taobao delete cart item',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/cart/delete',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({ ids: cartIds }),
    response: z.boolean().nullish(),
    notes: inferredNote,
  }),
  defineEndpoint({
    name: 'taobao.cart.add',
    title: 'Taobao add cart item',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/cart/add',
    v1Path: '/open/cart/add',
    status: 'documented',
    kind: 'write',
    request: z.object({
      userId: z.string().nullish(),
      platform: z.number().int().nullish(),
      itemMapId: z.string().min(1),
      skuId: z.string().min(1),
      itemTitle: z.string().nullish(),
      itemPic: z.string().nullish(),
      mpId: z.string().min(1),
      mpSkuId: z.string().min(1),
      price: z.number().int().nullish(),
      promotionPrice: z.number().int().nullish(),
      properties: z.string().nullish(),
      quantity: z.number().int().min(1),
      shopId: z.number().int().nullish(),
      aliShopId: z.string().nullish(),
      shopName: z.string().nullish(),
      skuQuantity: z.string().nullish(),
      userNick: z.string().nullish(),
      priceRanges: z
        .array(z.object({ startQuantity: z.number().int().nullish(), price: z.number().nullish() }))
        .nullish(),
      quoteType: z.number().int().nullish(),
    }),
    response: z.union([idField, z.boolean(), z.looseObject({})]).nullish(),
    notes: 'Request documented (prices in fen, `properties` a JSON string); answer not captured.',
  }),
  defineEndpoint({
    name: 'taobao.cart.editQuantity',
    title: 'Taobao edit item quantity',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/cart/edit-quantity',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({ id: z.number().int(), quantity: z.number().int().min(1) }),
    response: z.boolean().nullish(),
    notes: inferredNote,
  }),
] as const;
