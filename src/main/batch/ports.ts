import type { SkuOption } from '../../shared/batch/match-sku';
import type { LineAddress } from '../../shared/batch/validate-row';
import type { Logger } from '../log';

/**
 * What the batch runner needs from the rest of the main side. Kept as a narrow seam so the runner
 * is tested against the sandbox through the real client and outbox (see `ports-from-session.ts`)
 * and so a change in a neighbour's API is one adapter edit.
 */
export type BatchPlatform = '1688' | 'taobao';

export interface BatchProductSku extends SkuOption {
  readonly priceFen: number;
  readonly stock: number;
  /** Taobao: the SKU's distribution id, which the order names it by. */
  readonly mpSkuId?: string;
}

export interface BatchProduct {
  readonly platform: BatchPlatform;
  readonly productId: string;
  readonly sellerId: string;
  readonly sellerName: string;
  /** The original title, as the seller wrote it (Chinese). */
  readonly title: string;
  /** PandaPon's translation, when it sends one. */
  readonly titleTranslated: string | null;
  /** Taobao: the item's distribution id, which the order names it by. */
  readonly mpId?: string;
  readonly minOrderQuantity: number;
  readonly skus: readonly BatchProductSku[];
}

export interface CargoLine {
  readonly productId: string;
  readonly sellerId: string;
  readonly skuId: string;
  readonly quantity: number;
  /** Taobao only: the distribution ids of item and SKU. */
  readonly mpId?: string;
  readonly mpSkuId?: string;
}

export interface SellerQuote {
  readonly ok: boolean;
  readonly goodsFen: number;
  readonly freightFen: number;
  readonly warnings: readonly string[];
}

/** What became of one line's create request, as far as the outbox knows. */
export type SendOutcome =
  /**
   * `orderIds`: every order PandaPon made for the request, usually one (a request holds one
   * seller's parcel); should it ever split the parcel, every line of it carries all of them.
   */
  | { readonly kind: 'created'; readonly orderIds: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'unknown'; readonly message: string }
  /** Proven not applied (refused for load, or looked up and not found): send again, new reference. */
  | {
      readonly kind: 'retry';
      readonly message: string;
      /** True when a look-up (not a refusal) said "no such order": it is checked deeper first. */
      readonly afterLookup?: boolean;
    };

/**
 * One create request: every line of one seller (a 1688 seller or a Taobao shop) going to one
 * address, as one order: the way the group was previewed and its freight quoted.
 */
export interface SendRequest {
  readonly platform: BatchPlatform;
  readonly clientRef: string;
  readonly batchId: string;
  readonly cargo: readonly CargoLine[];
  readonly address: LineAddress;
  readonly remark: string;
}

export interface PaymentRecord {
  readonly clientRef: string;
  readonly outcome: SendOutcome['kind'] | 'pending';
  readonly orderIds: readonly string[];
}

export interface BatchPorts {
  readonly log: Logger;
  /**
   * Product detail through the cache (`fresh`: from PandaPon now, for the price check); throws
   * `ProductLookupError` when there is no such product.
   */
  readProduct(
    platform: BatchPlatform,
    id: string,
    options?: { readonly fresh?: boolean },
  ): Promise<BatchProduct>;
  /**
   * One seller group's quote: 1688's batch preview, or the Taobao cart preview. Throws when no
   * quote could be had (offline, busy); `ok: false` is PandaPon refusing the goods.
   */
  quoteSeller(
    platform: BatchPlatform,
    address: LineAddress,
    cargo: readonly CargoLine[],
  ): Promise<SellerQuote>;
  /** Writes the intent (idempotent per client reference) and sends it once. */
  send(request: SendRequest): Promise<SendOutcome>;
  /** What the outbox holds for a client reference, without sending (null when nothing). */
  outcomeOf(clientRef: string): SendOutcome | 'pending' | null;
  /** Looks one unknown intent up now, while its order is still among the newest. */
  reconcileOne(clientRef: string): Promise<SendOutcome | 'pending' | null>;
  /**
   * Searches the whole recent order list (`pages` of 100, newest first) for the orders carrying
   * the reference (none: an empty list); the outbox's own look-up may stop short of them.
   */
  findOrders(platform: BatchPlatform, clientRef: string, pages: number): Promise<readonly string[]>;
  /** Settles every intent whose outcome is unknown by looking the order up. */
  reconcile(): Promise<void>;
  /** The batch's payment submissions so far, oldest first, with the orders each paid. */
  payments(batchRef: string): readonly PaymentRecord[];
  /**
   * Submits created orders of one platform for payment (a separate, explicit step): 1688's batch
   * submit, or Taobao's order payment.
   */
  payOrders(
    platform: BatchPlatform,
    batchId: string,
    clientRef: string,
    orderIds: readonly string[],
  ): Promise<SendOutcome>;
}

export class ProductLookupError extends Error {
  constructor(
    readonly reason: 'product_not_found' | 'lookup_failed',
    message: string,
  ) {
    super(message);
    this.name = 'ProductLookupError';
  }
}
