import type { Platform } from '../../shared/bridge/calls/catalog';
import type {
  OrderDetail,
  OrderLine,
  OrderSummary,
  ShippingAddress,
  TimelineStep,
} from '../../shared/bridge/calls/orders';
import { toFen } from '../catalog/money';
import { propertiesText } from '../cart/cart-view';
import { remarkForDisplay } from '../outbox';
import { alibabaOrderIdOf, taobaoOrderIdOf } from '../outbox/money-endpoints';
import { actionsFor, orderStatusOf } from './order-status';
import { orderTime } from './order-time';

/**
 * PandaPon's two order shapes (1688 order-detail, Taobao purchase order) as the renderer's one.
 * Both arrive as loose objects: fields beyond the documented few are read by name, defensively.
 */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const firstText = (...values: unknown[]): string => values.map(text).find(Boolean) ?? '';
const count = (value: unknown): number => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : 0;
};

function step(status: TimelineStep['status'], at: unknown): TimelineStep | null {
  const time = orderTime(at);
  return time ? { status, at: time } : null;
}

function alibabaLines(order: Loose): OrderLine[] {
  return arr(order.productItems).map((raw) => {
    const item = obj(raw);
    const attributes = arr(item.skuInfos)
      .map((info) => `${text(obj(info).name)}: ${text(obj(info).value)}`)
      .join(' · ');
    return {
      id: firstText(item.subItemIDString, item.subItemID) || null,
      productId: firstText(item.productID, item.offerMapId) || null,
      title: firstText(item.name, item.title),
      properties: attributes || propertiesText(item.properties),
      imageUrl: text(arr(item.productImgUrl)[0]) || null,
      quantity: count(item.quantity),
      priceFen: toFen(item.price),
      amountFen: toFen(item.itemAmount),
      status: text(item.status) || null,
    };
  });
}

export function alibabaOrderDetail(raw: unknown): OrderDetail {
  const order = obj(raw);
  const base = obj(order.baseInfo);
  const rawStatus = text(base.status);
  const status = orderStatusOf('1688', rawStatus);
  const lines = alibabaLines(order);
  const logistics = obj(order.nativeLogistics);
  const address: Omit<ShippingAddress, 'id'> | null = Object.keys(logistics).length
    ? {
        name: text(logistics.contactPerson),
        phone: firstText(logistics.mobile, logistics.telephone),
        province: text(logistics.province),
        city: text(logistics.city),
        district: text(logistics.area),
        address: text(logistics.address),
      }
    : null;
  const timeline = [
    step('created', base.createTime),
    step('paid', base.payTime),
    step('shipped', base.allDeliveredTime),
    step('completed', firstText(base.completeTime, base.receivingTime)),
    status === 'cancelled' ? step('cancelled', firstText(base.modifyTime, base.closeTime)) : null,
  ].filter((entry): entry is TimelineStep => entry !== null);

  return {
    platform: '1688',
    id: alibabaOrderIdOf(order) ?? '',
    status,
    rawStatus,
    sellerName: firstText(base.sellerLoginId, base.sellerNickName, base.sellerName) || null,
    sellerId: firstText(base.sellerOpenId, base.sellerID) || null,
    title: lines[0]?.title ?? '',
    imageUrl: lines[0]?.imageUrl ?? null,
    lineCount: lines.length,
    totalFen: toFen(base.totalAmount),
    goodsFen: toFen(base.sumProductPayment),
    freightFen: toFen(base.shippingFee),
    createdAt: orderTime(base.createTime),
    paidAt: orderTime(base.payTime),
    remark: remarkForDisplay(
      firstText(base.remark, base.buyerRemark, base.buyerMemo, order.message),
    ),
    lines,
    address,
    timeline,
    actions: actionsFor('1688', status),
  };
}

export function taobaoOrderDetail(raw: unknown): OrderDetail {
  const order = obj(raw);
  const rawStatus = text(order.orderStatus);
  const status = orderStatusOf('taobao', rawStatus);
  const lines: OrderLine[] = arr(order.subOrders).map((rawLine) => {
    const line = obj(rawLine);
    const quantity = count(line.quantity);
    const priceFen = toFen(line.price);
    return {
      id: text(line.subPurchaseOrderId) || null,
      productId: firstText(line.itemMapId, line.itemId) || null,
      title: text(line.title),
      properties: propertiesText(line.properties),
      imageUrl: firstText(line.itemPic, line.picUrl) || null,
      quantity,
      priceFen,
      amountFen: priceFen === null ? null : priceFen * quantity,
      status: text(line.refundStatus) || null,
    };
  });
  const receiver = obj(order.orderAddress ?? order.receiver);
  const address = Object.keys(receiver).length
    ? {
        name: text(receiver.name),
        phone: firstText(receiver.mobile_phone, receiver.phone),
        province: firstText(receiver.state, receiver.province),
        city: text(receiver.city),
        district: text(receiver.district),
        address: text(receiver.address),
      }
    : null;
  const timeline = [
    step('created', order.createTime),
    step('paid', order.payTime),
    step('shipped', order.consignTime),
    step('completed', order.endTime),
  ].filter((entry): entry is TimelineStep => entry !== null);

  return {
    platform: 'taobao',
    id: taobaoOrderIdOf(order) ?? '',
    status,
    rawStatus,
    sellerName: text(order.shopName) || null,
    sellerId: text(order.shopId) || null,
    title: lines[0]?.title ?? '',
    imageUrl: lines[0]?.imageUrl ?? null,
    lineCount: lines.length,
    totalFen: toFen(order.totalAmount),
    goodsFen: toFen(order.productAmount),
    freightFen: toFen(order.shippingFee),
    createdAt: orderTime(order.createTime),
    paidAt: orderTime(order.payTime),
    remark: remarkForDisplay(text(order.remark)),
    lines,
    address,
    timeline,
    actions: actionsFor('taobao', status),
  };
}

export function orderDetailOf(platform: Platform, raw: unknown): OrderDetail {
  return platform === '1688' ? alibabaOrderDetail(raw) : taobaoOrderDetail(raw);
}

/** The list row: the detail without lines, address and timeline (the list is cached whole). */
export function orderSummaryOf(platform: Platform, raw: unknown): OrderSummary {
  const detail = orderDetailOf(platform, raw);
  return {
    platform,
    id: detail.id,
    status: detail.status,
    rawStatus: detail.rawStatus,
    sellerName: detail.sellerName,
    title: detail.title,
    imageUrl: detail.imageUrl,
    lineCount: detail.lineCount,
    totalFen: detail.totalFen,
    createdAt: detail.createdAt,
    remark: detail.remark,
  };
}
