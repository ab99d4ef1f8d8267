import type { SandboxPlatform } from '../generator/types';

/**
 * The commerce state of every account, as plain JSON-safe data so the sandbox can write it to its
 * state file and read it back. Money is integer fen throughout; answers convert per platform.
 * Times are ISO 8601 strings of the sandbox clock.
 */
export interface CartLineState {
  readonly id: number;
  /** 1688 `offerMapId` or Taobao `itemMapId`. */
  readonly productId: string;
  /** 1688 `specId` or Taobao `skuId`. */
  readonly skuId: string;
  quantity: number;
  readonly addedAt: string;
  /** What the Taobao add call carried, kept to answer the cart list as it was given. */
  readonly mpId?: string;
  readonly mpSkuId?: string;
}

export interface AddressState {
  readonly id: number;
  name: string;
  phone: string;
  province: string;
  city: string;
  district: string | null;
  address: string;
}

/** A shipping address as an order keeps it (from FastAdress or OrderAddress). */
export interface OrderAddressState {
  readonly name: string;
  readonly phone: string;
  readonly province: string;
  readonly city: string;
  readonly district: string | null;
  readonly town: string | null;
  readonly address: string;
  readonly zip: string | null;
}

export interface OrderLineState {
  /** 1688 `subItemID` (a safe integer) or the Taobao `subPurchaseOrderId` (as digits). */
  readonly entryId: number;
  readonly productId: string;
  readonly productNumericId: number;
  /** The generated SKU id (Taobao `skuId`, 1688 `skuID`). */
  readonly skuId: string;
  /** 1688 `specId`; null on Taobao lines. */
  readonly specId: string | null;
  /** Taobao distribution id of the SKU; null on 1688 lines. */
  readonly mpSkuId: string | null;
  readonly title: string;
  readonly imageUrl: string;
  /** JSON text of `{propName, valueName}` pairs, as the Taobao cart spells properties. */
  readonly properties: string;
  readonly quantity: number;
  readonly unitFen: number;
  readonly shopName: string;
}

/** Where an order stands, whatever the platform calls it. */
export type OrderStage = 'unpaid' | 'awaiting_shipment' | 'shipped' | 'completed' | 'cancelled';

export interface OrderState {
  readonly platform: SandboxPlatform;
  /** 1688 order id or Taobao `purchaseOrderId`, as digits. */
  readonly id: string;
  /** Taobao `salesOrderId` (the Taobao order number); 1688 orders repeat their id. */
  readonly salesOrderId: string;
  readonly sellerOpenId: string;
  readonly sellerName: string;
  readonly shopId: number;
  readonly lines: OrderLineState[];
  stage: OrderStage;
  goodsFen: number;
  freightFen: number;
  address: OrderAddressState;
  /** The remark as sent (1688 `message`, Taobao `remark`); the outbox finds orders by it. */
  readonly remark: string | null;
  readonly outOrderId: string | null;
  readonly flow: string | null;
  readonly createdAt: string;
  paidAt: string | null;
  shippedAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  closeReason: string | null;
  /** When the seller waived the freight (the one price change the sandbox makes). */
  priceModifiedAt: string | null;
  waybill: string | null;
  carrier: string | null;
  /** Unguessable part of the sandbox's pay page address. */
  readonly payToken: string;
}

export type RefundKind = 'refund' | 'return';

/** Where a reverse order stands, whatever the platform calls it. */
export type RefundStage =
  | 'waiting_seller'
  | 'waiting_buyer_return'
  | 'waiting_seller_receipt'
  | 'succeeded'
  | 'refused'
  | 'closed';

export interface RefundMessageState {
  readonly from: 'buyer' | 'seller';
  readonly content: string;
  readonly images: string[];
  readonly at: string;
}

export interface RefundState {
  readonly platform: SandboxPlatform;
  /** Taobao digits; 1688 starts with TQ. */
  readonly id: string;
  readonly orderId: string;
  readonly entryIds: number[];
  readonly kind: RefundKind;
  /** Taobao `goodsStatus` as a number, 1688 `goodsStatus` as its word. */
  goodsStatus: number | string;
  reasonId: number;
  reasonText: string;
  description: string;
  amountFen: number;
  carriageFen: number;
  stage: RefundStage;
  readonly createdAt: string;
  updatedAt: string;
  /** When the seller answers next (agrees, or receives the returned goods). */
  dueAt: string | null;
  returnCompanyCode: string | null;
  returnCompanyName: string | null;
  returnWaybill: string | null;
  readonly messages: RefundMessageState[];
  readonly vouchers: string[];
}

export interface FreightRenderState {
  readonly renderId: string;
  readonly currency: string;
  readonly freightFen: number;
  readonly createdAt: string;
}

export interface LogisticsOrderState {
  readonly id: string;
  readonly renderId: string | null;
  readonly tmallOrderId: string | null;
  readonly remark: string | null;
  readonly country: string;
  readonly lineCount: number;
  readonly freightFen: number;
  readonly createdAt: string;
  /** Domestic parcels reported through `logistics.domestic.update`. */
  readonly domesticWaybills: string[];
}

export interface AccountState {
  readonly accessKey: string;
  readonly userId: string;
  alibabaCart: CartLineState[];
  taobaoCart: CartLineState[];
  orders: OrderState[];
  refunds: RefundState[];
  addresses: AddressState[];
  freightRenders: FreightRenderState[];
  logisticsOrders: LogisticsOrderState[];
  /** Pieces ordered per SKU key ("platform:skuId"), taken from the generated stock. */
  stockTaken: Record<string, number>;
}

export interface CommerceState {
  readonly version: 1;
  /** One counter for every id the sandbox makes, so ids never repeat after a restore. */
  sequence: number;
  accounts: Record<string, AccountState>;
}

export function emptyState(): CommerceState {
  return { version: 1, sequence: 0, accounts: {} };
}

export function accountKey(accessKey: string, userId: string): string {
  return `${accessKey}\u001f${userId}`;
}

export function emptyAccount(accessKey: string, userId: string): AccountState {
  return {
    accessKey,
    userId,
    alibabaCart: [],
    taobaoCart: [],
    orders: [],
    refunds: [],
    addresses: [],
    freightRenders: [],
    logisticsOrders: [],
    stockTaken: {},
  };
}

/** The next number of the shared sequence. */
export function nextSequence(state: CommerceState): number {
  state.sequence += 1;
  return state.sequence;
}
