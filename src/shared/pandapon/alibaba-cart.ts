import { z } from 'zod';
import { defineEndpoint, idField, noInput } from './define';
import { fastAddressSchema } from './shapes-common';
import { alibabaCartSchema, alibabaOrderPreviewSchema, alibabaOrderSchema } from './shapes-alibaba';

const group = '1688 › cart';
const cartIds = z.array(z.number().int()).min(1);

export const alibabaCartEndpoints = [
  defineEndpoint({
    name: 'alibaba.cart.list',
    title: '1688 cart list',
    platform: '1688',
    group,
    method: 'GET',
    path: '/v2/alibaba/cart/list',
    status: 'documented',
    kind: 'read',
    request: noInput,
    response: alibabaCartSchema,
    notes: 'Documented (`AlibabaCartV2VO`, 2025-04-24); line price in fen.',
  }),
  defineEndpoint({
    name: 'alibaba.cart.add',
    title: '1688 add cart item',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/cart/add',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({
      offerMapId: z.string().min(1),
      specId: z.string().min(1),
      quantity: z.number().int().min(1),
      sellerOpenId: z.string().nullish(),
    }),
    response: z.union([idField, z.boolean(), z.looseObject({})]).nullish(),
    notes:
      'Page never read (method unknown too): POST and fields from the cart-list line shape. ' +
      'Searched 2026-12-04: v2 page body not in stored pages.',
  }),
  defineEndpoint({
    name: 'alibaba.cart.delete',
    title: '1688 delete cart item',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/cart/delete',
    status: 'inferred',
    kind: 'write',
    request: z.looseObject({ ids: cartIds }),
    response: z.boolean().nullish(),
    notes:
      'Page never read (method unknown too): POST with cart ids like the cart order. ' +
      'Searched 2026-12-04: v2 page body not in stored pages.',
  }),
  defineEndpoint({
    name: 'alibaba.cart.editQuantity',
    title: '1688 edit cart quantity',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/cart/edit-quantity',
    v1Path: '/alibaba/cart/edit-quantity',
    status: 'v1',
    kind: 'write',
    request: z.object({
      id: z.number().int(),
      quantity: z.number().int().min(1),
      productNo: z.string().nullish(),
      container: z.string().nullish(),
    }),
    response: z.boolean().nullish(),
    notes: 'v1 body; the leaked Java `updateTime` DateTime field is left out. v2 path derived.',
  }),
  defineEndpoint({
    name: 'alibaba.cart.preview',
    title: '1688 cart preview before order',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/cart/preview/order',
    v1Path: '/alibaba/cart/preview/order',
    status: 'v1',
    kind: 'read',
    request: z.object({ addressParam: fastAddressSchema.nullish(), cartIds }),
    response: alibabaOrderPreviewSchema,
    notes: 'v1 body; v2 path derived; answer assumed to match the order preview (inferred).',
  }),
  defineEndpoint({
    name: 'alibaba.cart.createOrder',
    title: '1688 cart create order',
    platform: '1688',
    group,
    method: 'POST',
    path: '/v2/alibaba/cart/create/order',
    v1Path: '/alibaba/cart/create/order',
    status: 'v1',
    kind: 'money',
    request: z.object({
      flow: z.string().min(1),
      message: z.string().nullish(),
      shopPromotionId: z.string().nullish(),
      tradeType: z.string().nullish(),
      addressParam: fastAddressSchema.nullish(),
      cartIds,
      userId: z.string().nullish(),
      staffName: z.string().nullish(),
    }),
    response: z.union([z.array(alibabaOrderSchema), alibabaOrderSchema]).nullish(),
    notes:
      'v1 body (`flow` seen: "general"); v2 path derived; answer like batch create (inferred).',
  }),
] as const;
