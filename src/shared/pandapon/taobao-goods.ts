import { z } from 'zod';
import { defineEndpoint, str } from './define';
import { taobaoItemSchema, taobaoSearchPageSchema } from './shapes-taobao';

const group = 'Taobao › goods';

export const taobaoGoodsEndpoints = [
  defineEndpoint({
    name: 'taobao.product.get',
    title: 'Taobao product by id',
    platform: 'taobao',
    group,
    method: 'GET',
    path: '/v2/taobao/product/get',
    status: 'documented',
    kind: 'read',
    request: z.object({ itemId: z.string().min(1) }),
    response: taobaoItemSchema,
    notes: 'v2 itemId is encrypted; answer fields beyond `quantity` come from the v1 example.',
  }),
  defineEndpoint({
    name: 'taobao.product.batchQuery',
    title: 'Taobao products in bulk by ids',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/product/batch/check',
    v1Path: '/open/product/batch/check',
    status: 'v1',
    kind: 'read',
    request: z.object({
      /** A JSON-encoded array of `{itemId, skuIds}` (sic: a string, not an array). */
      params: z.string().min(2),
    }),
    response: z.looseObject({
      mpProducts: z.array(z.looseObject({})).nullish(),
      noMpProductItemIds: z.array(z.string()).nullish(),
      noMpReasonList: z.array(z.looseObject({})).nullish(),
    }),
    notes: 'v2 path derived from the v1 path; `params` is a JSON string of [{itemId, skuIds}].',
  }),
  defineEndpoint({
    name: 'taobao.product.keywordSearch',
    title: 'Taobao keyword search',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/product/item/search',
    status: 'documented',
    kind: 'read',
    request: z.object({
      keyword: z.string().nullish(),
      pageSize: z.number().int().min(1).max(40).nullish(),
      pageNo: z.number().int().min(1).nullish(),
      sort: z.string().nullish(),
    }),
    response: taobaoSearchPageSchema,
    notes: 'Request documented; the answer was not captured, its page shape is inferred.',
  }),
  defineEndpoint({
    name: 'taobao.product.imageSearch',
    title: 'Taobao image search',
    platform: 'taobao',
    group,
    method: 'POST',
    path: '/v2/taobao/product/image/search',
    status: 'inferred',
    kind: 'read',
    request: z.looseObject({
      imageUrl: str,
      imageBase64: str,
      pageNo: z.number().int().min(1).nullish(),
      pageSize: z.number().int().min(1).max(40).nullish(),
    }),
    response: taobaoSearchPageSchema,
    notes:
      'Page never read: path and fields follow the keyword search and the 1688 image search. ' +
      'Searched 2026-12-04: v2 page body not in stored pages.',
  }),
] as const;
