import { yuanToFen } from '../../shared/pandapon/money';
import type { LineAddress } from '../../shared/batch/validate-row';
import { paymentRef } from './batch-repo';
import type { Logger } from '../log';
import { alibabaOrderIdOf } from '../outbox/money-endpoints';
import type { Outbox } from '../outbox/outbox';
import { orderCarriesReference } from '../outbox/reference';
import type { OutboxRecord } from '../outbox/types';
import {
  ProductLookupError,
  type BatchPorts,
  type BatchProduct,
  type CargoLine,
  type SendOutcome,
} from './ports';

/** The two doors to PandaPon the runner uses: cached reads, and the signing client's calls. */
export interface BatchServices {
  readonly log: Logger;
  /**
   * A read through the cache (`session.read`); resolves to the endpoint's `data`. `fresh` asks
   * PandaPon now: a preview and the price check before submit must not be answered from the cache.
   */
  read(endpoint: string, input: unknown, options?: { readonly fresh?: boolean }): Promise<unknown>;
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
    title: text(data.subjectTrans) || text(data.subject),
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
    const orderId = record.orderIds[0];
    return orderId
      ? { kind: 'created', orderId }
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
  return code === 'not_found' || code === 'business' || code === 'bad_input';
}

export function createBatchPorts(services: BatchServices): BatchPorts {
  const { outbox } = services;
  return {
    log: services.log,

    async readProduct(platform, id, options) {
      let detail: unknown;
      try {
        detail = await services.read(
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
      const product = productFromDetail(detail, id);
      if (product.skus.length === 0 || !product.sellerId) {
        throw new ProductLookupError('product_not_found', `${platform} product ${id} has no specs`);
      }
      return product;
    },

    async quoteSeller(address, cargo) {
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
        endpoint: 'alibaba.order.batchCreate',
        input: {
          flow: 'general',
          message: request.remark,
          addressParam: fastAddress(request.address),
          cargoParamList: [cargoParam(request.cargo)],
        },
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

    async findOrder(clientRef, pages) {
      for (let page = 1; page <= pages; page++) {
        const answer = obj(
          await services.read(
            'alibaba.order.page',
            { beginPage: page, pageSize: 100 },
            { fresh: true },
          ),
        );
        const orders = list(answer.data);
        const found = orders.find((order) => orderCarriesReference(order, clientRef));
        if (found) return alibabaOrderIdOf(found);
        if (orders.length < 100) return null;
      }
      return null;
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

    async payOrders(batchId, clientRef, orderIds) {
      const record = await outbox.submit({
        clientRef,
        batchId,
        endpoint: 'alibaba.order.batchSubmitToPay',
        input: { orderIds: [...orderIds] },
      });
      const outcome = outcomeOfRecord(record);
      return outcome === 'pending' ? { kind: 'unknown', message: 'not sent yet' } : outcome;
    },
  };
}
