import type { z } from 'zod';
import { alibabaAftersalesEndpoints } from './alibaba-aftersales';
import { alibabaCartEndpoints } from './alibaba-cart';
import { alibabaGoodsEndpoints } from './alibaba-goods';
import { alibabaOrderEndpoints } from './alibaba-orders';
import { basisEndpoints } from './basis';
import { callbackMessages } from './callbacks';
import type { EndpointSpec, MessageSpec } from './define';
import { taobaoAftersalesEndpoints } from './taobao-aftersales';
import { taobaoCartEndpoints } from './taobao-cart';
import { taobaoGoodsEndpoints } from './taobao-goods';
import { taobaoOrderEndpoints } from './taobao-orders';
import { warehouseLogisticsEndpoints } from './warehouse-logistics';

/**
 * The PandaPon endpoint catalogue: 67 callable endpoints plus 6 pushed messages = the 73 entries
 * of the v2 navigation (REFERENCE §4.1).
 */
export const endpointList = [
  ...taobaoGoodsEndpoints,
  ...taobaoOrderEndpoints,
  ...taobaoCartEndpoints,
  ...taobaoAftersalesEndpoints,
  ...alibabaGoodsEndpoints,
  ...alibabaCartEndpoints,
  ...alibabaOrderEndpoints,
  ...alibabaAftersalesEndpoints,
  ...basisEndpoints,
  ...warehouseLogisticsEndpoints,
] as const;

type EndpointUnion = (typeof endpointList)[number];
export type Endpoints = { readonly [E in EndpointUnion as E['name']]: E };
export type EndpointName = keyof Endpoints;

function indexByName<T extends { readonly name: string }>(list: readonly T[]) {
  const byName: Record<string, T> = {};
  for (const entry of list) {
    if (byName[entry.name]) throw new Error(`Endpoint declared twice: ${entry.name}`);
    byName[entry.name] = entry;
  }
  return byName;
}

export const endpoints = indexByName<EndpointSpec>(endpointList) as unknown as Endpoints;

/** What a caller passes (before defaults). */
export type EndpointInput<N extends EndpointName> = z.input<Endpoints[N]['request']>;
/** The parsed `data` of the answer. */
export type EndpointOutput<N extends EndpointName> = z.output<Endpoints[N]['response']>;

export function isEndpointName(name: string): name is EndpointName {
  return Object.hasOwn(endpoints, name);
}

export function getEndpoint(name: EndpointName): EndpointSpec {
  return endpoints[name] as EndpointSpec;
}

export { callbackMessages };
export type CallbackMessageName = (typeof callbackMessages)[number]['name'];
export const messages = indexByName<MessageSpec>(callbackMessages);

export * from './define';
export * from './envelope';
export * from './money';
export * from './shapes-common';
export * from './shapes-taobao';
export * from './shapes-alibaba';
export * from './shapes-logistics';
export { callbackPushSchema, type CallbackPush } from './callbacks';
