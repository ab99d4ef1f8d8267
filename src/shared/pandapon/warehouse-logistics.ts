import { z } from 'zod';
import { defineEndpoint } from './define';
import {
  freightInfoSchema,
  freightQuoteSchema,
  logisticsLineItemSchema,
  receiverAddressSchema,
} from './shapes-logistics';

const group = 'Warehouse logistics';
/** Said once for all four (REFERENCE §2.2b, §4.3 q4). */
const signNote =
  'Query timestamp+sign: how `sign` is computed is unknown; the client sends the header set ' +
  'too and reuses the header MD5 as `sign`.';

const priced = { currency: z.string().min(1), price: z.string().min(1) };

export const warehouseLogisticsEndpoints = [
  defineEndpoint({
    name: 'logistics.freight.estimate',
    title: 'Overseas freight estimate',
    platform: 'logistics',
    group,
    method: 'POST',
    path: '/v2/open/pp/logistics/itemLogisticsPrice',
    status: 'documented',
    kind: 'read',
    request: z.object({
      itemId: z.string().min(1),
      skuId: z.string().min(1),
      receiverAddress: receiverAddressSchema,
      quantity: z.number().int().min(1),
      ...priced,
    }),
    response: z.union([freightQuoteSchema, z.array(freightQuoteSchema)]),
    notes: `Request documented; answer inferred. ${signNote}`,
  }),
  defineEndpoint({
    name: 'logistics.freight.orderPreview',
    title: 'Order overseas freight preview',
    platform: 'logistics',
    group,
    method: 'POST',
    path: '/v2/open/pp/logistics/orderRenderFreight',
    status: 'documented',
    kind: 'read',
    request: z.object({
      receiverAddress: receiverAddressSchema.nullish(),
      renderItems: z
        .array(
          z.object({
            itemId: z.string().min(1),
            skuId: z.string().min(1),
            quantity: z.number().int().min(1),
            freightInfo: freightInfoSchema,
            currency: z.string().nullish(),
            price: z.string().nullish(),
          }),
        )
        .min(1),
    }),
    response: freightQuoteSchema,
    notes: `Request documented; answer inferred (returns the renderId of the booking). ${signNote}`,
  }),
  defineEndpoint({
    name: 'logistics.domestic.update',
    title: 'Update domestic logistics information',
    platform: 'logistics',
    group,
    method: 'POST',
    path: '/v2/open/pp/logistics/updateLogisticInfo',
    v1Path: '/open/pp/logistics/updateLogisticInfo',
    status: 'v1',
    kind: 'write',
    request: z.object({
      orderId: z.string().nullish(),
      tmallOrderId: z.string().nullish(),
      logisticInfos: z
        .array(
          z.object({
            lineItem: logisticsLineItemSchema,
            logisticNumer: z.string().nullish(),
            domesticLogisticInfo: z
              .array(
                z.object({
                  logisticNumer: z.string().nullish(),
                  logisticCompanyName: z.string().nullish(),
                  rtsTime: z.string().nullish(),
                }),
              )
              .nullish(),
          }),
        )
        .min(1),
    }),
    response: z.unknown(),
    notes: `v1 body (\`logisticNumer\` sic); v2 path derived; answer unknown. ${signNote}`,
  }),
  defineEndpoint({
    name: 'logistics.international.create',
    title: 'Create international logistics order',
    platform: 'logistics',
    group,
    method: 'POST',
    path: '/v2/open/pp/logistics/orderBookingFreight',
    v1Path: '/open/pp/logistics/orderBookingFreight',
    status: 'v1',
    kind: 'money',
    request: z.object({
      renderId: z.string().nullish(),
      receiverAddress: receiverAddressSchema,
      lineItems: z
        .array(
          logisticsLineItemSchema.extend({
            freightInfo: freightInfoSchema,
            currency: z.string().nullish(),
            price: z.string().nullish(),
          }),
        )
        .min(1),
      tmallOrderInfo: z.object({ tmallOrderId: z.string().nullish() }).nullish(),
      remark: z.string().nullish(),
    }),
    response: z.union([z.string(), z.looseObject({})]).nullish(),
    notes: `v1 body; v2 path derived; answer unknown. Books paid freight. ${signNote}`,
  }),
] as const;
