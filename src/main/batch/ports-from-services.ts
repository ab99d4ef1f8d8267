import { yuanToFen } from '../../shared/pandapon/money';
import type { LineAddress } from '../../shared/batch/validate-row';
import { paymentRef } from './batch-repo';
import type { Logger } from '../log';
import { alibabaOrderIdOf, taobaoOrderIdOf } from '../outbox/money-endpoints';
import type { Outbox } from '../outbox/outbox';
import { orderCarriesReference } from '../outbox/reference';
import type { OutboxRecord } from '../outbox/types';
import {
  ProductLookupError,
  type BatchPorts,
  type BatchPlatform,
  type BatchProduct,
  type CargoLine,
  type SendOutcome,
  type SendRequest,
} from './ports';
import { isRefusal, quoteTaobaoShop, taobaoAddress, taobaoFen } from './taobao-quote';

/** The two doors to PandaPon the runner uses: cached reads, and the signing client's calls. */
export interface BatchServices {
  readonly log: Logger;
  /**
   * A read through the cache (`session.read`); resolves to the endpoint's `data`. `fresh` asks
   * PandaPon now: a preview and the price check before submit must not be answered from the cache.
   */
  read(endpoint: string, input: unknown, options?: { readonly fresh?: boolean }): Promise<unknown>;
  /**
   * A write that moves no money, sent once (the signing client's `call`): the Taobao quote puts
   * the shop's goods in the cart for the moment of the cart preview.
   */
  call(endpoint: string, input: unknown): Promise<unknown>;
  readonly outbox: Outbox;
}

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : value == null ? '' : String(value);

/**
 * PandaPon never documented the unit of offer and order amounts (REFERENCE §4.3): a decimal
 * string is read as yuan (1688's own habit), a number as fen (as the cart's documented `price`).
 */
export function amountToFen(value: unknown): number {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.round(value);
  if (typeof value === 'string' && value.trim()) {
    try {
      return yuanToFen(value.trim());
    } catch {
      return 0;
    }
  }
  return 0;
}

export function productFromDetail(detail: unknown, id: string): BatchProduct {
  const data = obj(detail);
  const sale = obj(data.productSaleInfo);
  const specs = list(data.productSkuInfos).map(obj);
  const basePrice = amountToFen(obj(list(sale.priceRangeList)[0]).price);
  return {
    platform: '1688',
    productId: text(data.offerMapId) || id,
    sellerId: text(data.sellerOpenId),
    sellerName: text(data.companyName) || text(data.sellerOpenId),
    title: text(data.subject) || text(data.subjectTrans),
    titleTranslated: text(data.subjectTrans) || null,
    minOrderQuantity: Math.max(1, Number(data.minOrderQuantity ?? 1) || 1),
    skus: specs.map((spec) => ({
      skuId: text(spec.specId) || text(spec.skuId),
      priceFen: amountToFen(spec.price) || amountToFen(spec.consignPrice) || basePrice,
      stock: Number(spec.amountOnSale ?? sale.amountOnSale ?? 0) || 0,
      properties: list(spec.skuAttributes)
        .map(obj)
        .map((attribute) => ({
          name: text(attribute.attributeName),
          value: text(attribute.value),
          nameTrans: text(attribute.attributeNameTrans) || undefined,
          valueTrans: text(attribute.valueTrans) || undefined,
        })),
    })),
  };
}

/**
 * A Taobao item (`taobao.product.get`) as the batch reads it. Prices are fen; the shop is the
 * seller; `mpId`/`mpSkuId` are the distribution ids the order names the goods by (the v1 example
 * spells the SKU's `mpSkuld`). `titleTrans` and the properties' `…Trans` are not documented for
 * Taobao: they are read when PandaPon sends them, as the search page does.
 */
export function productFromTaobaoItem(item: unknown, id: string): BatchProduct {
  const data = obj(item);
  const itemPrice = taobaoFen(data.promotionPrice) || taobaoFen(data.price);
  return {
    platform: 'taobao',
    productId: text(data.itemId) || id,
    sellerId: text(data.shopId) || text(data.userNick),
    sellerName: text(data.shopName) || text(data.userNick) || text(data.shopId),
    title: text(data.title) || text(data.titleTrans),
    titleTranslated: text(data.titleTrans) || null,
    mpId: text(data.mpId),
    minOrderQuantity: Math.max(1, Number(data.beginAmount ?? 1) || 1),
    skus: list(data.skuList)
      .map(obj)
      .map((sku) => ({
        skuId: text(sku.skuId),
        priceFen: taobaoFen(sku.promotionPrice) || taobaoFen(sku.price) || itemPrice,
        stock: Number(sku.quantity ?? data.quantity ?? 0) || 0,
        mpSkuId: text(sku.mpSkuId) || text(sku.mpSkuld),
        properties: list(sku.properties)
          .map(obj)
          .map((property) => ({
            name: text(property.propName),
            value: text(property.valueName),
            nameTrans: text(property.propNameTrans) || undefined,
            valueTrans: text(property.valueNameTrans) || undefined,
          })),
      })),
  };
}

function fastAddress(address: LineAddress) {
  return { ...address, phone: address.mobile };
}

function cargoParam(cargo: CargoLine) {
  return {
    offerMapId: cargo.productId,
    specId: cargo.skuId,
    quantity: cargo.quantity,
    sellerOpenId: cargo.sellerId,
  };
}

/** Codes that prove a create did not happen, so a new reference may be sent. */
const RETRYABLE = new Set(['not_created', 'rate_limited', 'offline', 'timeout_before_send']);

export function outcomeOfRecord(record: OutboxRecord): SendOutcome | 'pending' {
  if (record.state === 'done') {
    return record.orderIds.length > 0
      ? { kind: 'created', orderIds: [...new Set(record.orderIds)] }
      : { kind: 'failed', message: 'PandaPon answered without an order id' };
  }
  if (record.state === 'failed') {
    const message = record.error?.message ?? 'refused';
    return RETRYABLE.has(record.error?.code ?? '')
      ? { kind: 'retry', message, afterLookup: record.error?.code === 'not_created' }
      : { kind: 'failed', message };
  }
  if (record.state === 'pending') return 'pending';
  return { kind: 'unknown', message: record.error?.message ?? 'outcome not known yet' };
}

/**
 * A refusal PandaPon answered (`business`: the sandbox says 40410, "no such offer") means the
 * product is not there; a failure to ask (offline, busy) means "look it up again later".
 */
function isNotFound(error: unknown): boolean {
  const code = text(obj(error).code);
  return code === 'not_found' || code === 'bad_input' || (code === 'business' && isRefusal(error));
}

/**
 * The create request of a send: 1688's batch create with one seller's lines to one address (one
 * order, the group the preview quoted), or one Taobao purchase order of a shop's lines.
 */
function createIntent(request: SendRequest): { endpoint: string; input: unknown } {
  if (request.platform === 'taobao') {
    return {
      endpoint: 'taobao.order.create',
      input: {
        lines: request.cargo.map((line) => ({
          itemMapId: line.productId,
          skuId: line.skuId,
          mpId: line.mpId ?? '',
          mpSkuId: line.mpSkuId ?? '',
          quantity: line.quantity,
        })),
        orderAddress: taobaoAddress(request.address),
        remark: request.remark,
      },
    };
  }
  return {
    endpoint: 'alibaba.order.batchCreate',
    input: {
      flow: 'general',
      message: request.remark,
      addressParam: fastAddress(request.address),
      cargoParamList: request.cargo.map(cargoParam),
    },
  };
}

/** One page of a platform's order list, newest first. */
async function orderPage(services: BatchServices, platform: BatchPlatform, page: number) {
  const answer = obj(
    platform === 'taobao'
      ? await services.read('taobao.order.page', { pageNo: page, pageSize: 100 }, { fresh: true })
      : await services.read(
          'alibaba.order.page',
          { beginPage: page, pageSize: 100 },
          { fresh: true },
        ),
  );
  return list(answer.data);
}

export function createBatchPorts(services: BatchServices): BatchPorts {
  const { outbox } = services;
  return {
    log: services.log,

    async readProduct(platform, id, options) {
      let detail: unknown;
      try {
        detail =
          platform === 'taobao'
            ? await services.read(
                'taobao.product.get',
                { itemId: id },
                { fresh: options?.fresh === true },
              )
            : await services.read(
                'alibaba.product.detail',
                { offerId: id, country: 'en' },
                { fresh: options?.fresh === true },
              );
      } catch (error) {
        const message = error instanceof Error ? error.message.slice(0, 200) : 'lookup failed';
        throw new ProductLookupError(
          isNotFound(error) ? 'product_not_found' : 'lookup_failed',
          message,
        );
      }
      const product =
        platform === 'taobao' ? productFromTaobaoItem(detail, id) : productFromDetail(detail, id);
      if (product.skus.length === 0 || !product.sellerId) {
        throw new ProductLookupError('product_not_found', `${platform} product ${id} has no specs`);
      }
      if (platform === 'taobao' && (!product.mpId || product.skus.some((sku) => !sku.mpSkuId))) {
        // Without distribution ids PandaPon cannot order the item at all.
        throw new ProductLookupError(
          'product_not_found',
          `PandaPon cannot buy Taobao item ${id} (no distribution id)`,
        );
      }
      return product;
    },

    async quoteSeller(platform, address, cargo) {
      if (platform === 'taobao') {
        return quoteTaobaoShop(
          {
            log: services.log,
            read: (endpoint, input) => services.read(endpoint, input, { fresh: true }),
            call: (endpoint, input) => services.call(endpoint, input),
          },
          address,
          cargo,
        );
      }
      const answer = obj(
        await services.read(
          'alibaba.order.batchPreview',
          { addressParam: fastAddress(address), cargoParamList: cargo.map(cargoParam) },
          { fresh: true },
        ),
      );
      const items = list(answer.orderPreviewResuslt).map(obj);
      const goodsFen = items.reduce((sum, item) => sum + amountToFen(item.sumPaymentNoCarriage), 0);
      const freightFen = items.reduce((sum, item) => sum + amountToFen(item.sumCarriage), 0);
      const warnings = items
        .filter((item) => item.success === false || item.errorMsg)
        .map((item) => text(item.errorMsg) || text(item.errorCode) || 'refused');
      return {
        ok: items.length > 0 && items.every((item) => item.success !== false),
        goodsFen,
        freightFen,
        warnings,
      };
    },

    async send(request) {
      const record = await outbox.submit({
        clientRef: request.clientRef,
        batchId: request.batchId,
        ...createIntent(request),
      });
      const outcome = outcomeOfRecord(record);
      return outcome === 'pending' ? { kind: 'unknown', message: 'not sent yet' } : outcome;
    },

    outcomeOf(clientRef) {
      const record = outbox.get(clientRef);
      return record ? outcomeOfRecord(record) : null;
    },

    async reconcileOne(clientRef) {
      const record = await outbox.reconcile(clientRef);
      return record ? outcomeOfRecord(record) : null;
    },

    async findOrders(platform, clientRef, pages) {
      const idOf = platform === 'taobao' ? taobaoOrderIdOf : alibabaOrderIdOf;
      const found = new Set<string>();
      for (let page = 1; page <= pages; page++) {
        const orders = await orderPage(services, platform, page);
        for (const order of orders.filter((item) => orderCarriesReference(item, clientRef))) {
          const id = idOf(order);
          if (id) found.add(id);
        }
        if (orders.length < 100) break;
      }
      return [...found];
    },

    async reconcile() {
      await outbox.reconcilePending();
    },

    payments(batchRef) {
      const found = [];
      // References run PAY1, PAY2, … per batch, so the outbox is read by key, never scanned.
      for (let number = 1; ; number++) {
        const record = outbox.get(paymentRef(batchRef, number));
        if (!record) return found;
        const outcome = outcomeOfRecord(record);
        found.push({
          clientRef: record.clientRef,
          outcome: outcome === 'pending' ? ('pending' as const) : outcome.kind,
          orderIds: record.orderIds,
        });
      }
    },

    async payOrders(platform, batchId, clientRef, orderIds) {
      const record = await outbox.submit(
        platform === 'taobao'
          ? {
              clientRef,
              batchId,
              endpoint: 'taobao.order.pay',
              input: { purchaseOrderIds: [...orderIds] },
            }
          : {
              clientRef,
              batchId,
              endpoint: 'alibaba.order.batchSubmitToPay',
              input: { orderIds: [...orderIds] },
            },
      );
      const outcome = outcomeOfRecord(record);
      return outcome === 'pending' ? { kind: 'unknown', message: 'not sent yet' } : outcome;
    },
  };
}
