import type { ReceiverAddress } from '../../shared/pandapon';
import type { Product } from '../generator/types';
import type { RouteTable } from '../routes';
import type { CommerceContext } from './context';
import { badInput, notFound, parseInput } from './errors';
import type { AccountState } from './state';

/**
 * Warehouse logistics (REFERENCE §3.11): international freight quotes, previews that return a
 * `renderId`, bookings and the domestic waybills reported for them. PandaPon's answers were never
 * captured; the services, weights and prices are the sandbox's own.
 */
const SERVICES = [
  {
    serviceId: '1',
    companyName: 'PandaPon Air Standard',
    serviceCategory: 'AIR',
    firstFen: 4_500,
    perHalfKgFen: 3_500,
    days: '7-12',
  },
  {
    serviceId: '2',
    companyName: 'PandaPon Air Economy',
    serviceCategory: 'AIR_ECONOMY',
    firstFen: 3_000,
    perHalfKgFen: 2_200,
    days: '12-20',
  },
  {
    serviceId: '3',
    companyName: 'PandaPon Sea',
    serviceCategory: 'SEA',
    firstFen: 8_000,
    perHalfKgFen: 400,
    days: '30-45',
  },
] as const;
type Service = (typeof SERVICES)[number];

/** Yuan to the asked currency, fixed so answers never drift between runs. */
const RATES: Record<string, number> = { CNY: 1, USD: 0.14, EUR: 0.13, THB: 5, JPY: 21 };
const NEAR_COUNTRIES = new Set(['TH', 'JP', 'KR', 'SG', 'MY', 'VN', 'PH', 'ID', 'HK', 'TW', 'MO']);

function checkCurrency(currency: string | null | undefined): string {
  const code = (currency ?? 'CNY').toUpperCase();
  if (!(code in RATES))
    throw badInput(`currency must be one of ${Object.keys(RATES).join(', ')}; got "${currency}".`);
  return code;
}

function checkPrice(field: string, price: string | null | undefined): void {
  if (price != null && !/^\d+(\.\d{1,2})?$/.test(price))
    throw badInput(`${field} must be an amount like "12.50".`);
}

function countryOf(field: string, address: ReceiverAddress | null | undefined): string {
  const country = address?.country?.trim().toUpperCase();
  // Without a destination there is nothing to price, so the sandbox refuses rather than guess one.
  if (!country || !/^[A-Z]{2}$/.test(country))
    throw badInput(`${field}.country must be a two-letter country code.`);
  return country;
}

function productOf(context: CommerceContext, itemId: string, field: string): Product {
  const product =
    context.deps.catalogue.findItem(itemId) ?? context.deps.catalogue.findOffer(itemId);
  if (!product) throw notFound(`${field}: no item or offer ${itemId}.`);
  return product;
}

/** Grams per piece, guessed from the price: dearer goods weigh a little more. */
const gramsOf = (product: Product) => Math.min(3_000, 200 + Math.round(product.priceFen / 10));

function freightFen(service: Service, grams: number, country: string): number {
  const halfKilos = Math.max(1, Math.ceil(grams / 500));
  const fen = service.firstFen + (halfKilos - 1) * service.perHalfKgFen;
  return NEAR_COUNTRIES.has(country) ? Math.round(fen * 0.7) : fen;
}

function inCurrency(fen: number, currency: string): string {
  return (Math.round(fen * RATES[currency]!) / 100).toFixed(2);
}

function serviceOf(field: string, serviceId: string | null | undefined): Service {
  const service = SERVICES.find((candidate) => candidate.serviceId === serviceId);
  if (!service)
    throw badInput(
      `${field}.serviceId must be one of ${SERVICES.map((s) => s.serviceId).join(', ')}.`,
    );
  return service;
}

function findLogisticsOrder(
  account: AccountState,
  orderId: string | null | undefined,
  tmallOrderId: string | null | undefined,
) {
  if (!orderId && !tmallOrderId) throw badInput('orderId or tmallOrderId is required.');
  const order = account.logisticsOrders.find(
    (candidate) =>
      (orderId && candidate.id === orderId) ||
      (tmallOrderId && candidate.tmallOrderId === tmallOrderId),
  );
  if (!order) throw notFound(`No international logistics order ${orderId ?? tmallOrderId}.`);
  return order;
}

export function warehouseRoutes(context: CommerceContext): RouteTable {
  return {
    'logistics.freight.estimate': (call) => {
      const input = parseInput('logistics.freight.estimate', call);
      context.account(call);
      const currency = checkCurrency(input.currency);
      checkPrice('price', input.price);
      const country = countryOf('receiverAddress', input.receiverAddress);
      const grams = gramsOf(productOf(context, input.itemId, 'itemId')) * input.quantity;
      return SERVICES.map((service) => ({
        renderId: null,
        currency,
        freight: inCurrency(freightFen(service, grams, country), currency),
        serviceId: service.serviceId,
        companyName: service.companyName,
        serviceCategory: service.serviceCategory,
        deliveryDays: service.days,
        weightGrams: grams,
        services: [{ serviceId: service.serviceId, companyName: service.companyName }],
      }));
    },

    'logistics.freight.orderPreview': (call) => {
      const input = parseInput('logistics.freight.orderPreview', call);
      const account = context.account(call);
      const country = countryOf('receiverAddress', input.receiverAddress);
      const currency = checkCurrency(input.renderItems[0]?.currency);
      let total = 0;
      const services = input.renderItems.map((item, index) => {
        const field = `renderItems.${index}`;
        if (item.currency && checkCurrency(item.currency) !== currency) {
          throw badInput(
            `${field}.currency differs from the first item's; one currency per preview.`,
          );
        }
        checkPrice(`${field}.price`, item.price);
        const service = serviceOf(`${field}.freightInfo`, item.freightInfo.serviceId);
        total += freightFen(
          service,
          gramsOf(productOf(context, item.itemId, `${field}.itemId`)) * item.quantity,
          country,
        );
        return { serviceId: service.serviceId, companyName: service.companyName };
      });
      const renderId = `FF${String(2_024_080_200_000 + context.nextId())}`;
      account.freightRenders.push({
        renderId,
        currency,
        freightFen: total,
        createdAt: context.nowIso(),
      });
      return { renderId, currency, freight: inCurrency(total, currency), services };
    },

    'logistics.international.create': (call) => {
      const input = parseInput('logistics.international.create', call);
      const account = context.account(call);
      const country = countryOf('receiverAddress', input.receiverAddress);
      const receiver = input.receiverAddress;
      if (!receiver.name?.trim()) throw badInput('receiverAddress.name is required.');
      if (!receiver.address?.trim()) throw badInput('receiverAddress.address is required.');
      if (!receiver.phone?.trim() && !receiver.mobilePhone?.trim()) {
        throw badInput('receiverAddress.phone or mobilePhone is required.');
      }
      const render = input.renderId
        ? account.freightRenders.find((candidate) => candidate.renderId === input.renderId)
        : null;
      if (input.renderId && !render) throw notFound(`No freight preview ${input.renderId}.`);
      const freight =
        render?.freightFen ??
        input.lineItems.reduce((sum, item, index) => {
          const service = serviceOf(`lineItems.${index}.freightInfo`, item.freightInfo.serviceId);
          const product = productOf(context, item.itemId, `lineItems.${index}.itemId`);
          return sum + freightFen(service, gramsOf(product) * item.quantity, country);
        }, 0);
      const order = {
        id: `PPL${String(1_000_000 + context.nextId())}`,
        renderId: input.renderId ?? null,
        tmallOrderId: input.tmallOrderInfo?.tmallOrderId ?? null,
        remark: input.remark ?? null,
        country,
        lineCount: input.lineItems.length,
        freightFen: freight,
        createdAt: context.nowIso(),
        domesticWaybills: [],
      };
      account.logisticsOrders.push(order);
      return {
        logisticsOrderId: order.id,
        renderId: order.renderId,
        currency: render?.currency ?? 'CNY',
        freight: inCurrency(freight, render?.currency ?? 'CNY'),
        status: 'CREATED',
      };
    },

    'logistics.domestic.update': (call) => {
      const input = parseInput('logistics.domestic.update', call);
      const account = context.account(call);
      const order = findLogisticsOrder(account, input.orderId, input.tmallOrderId);
      const waybills = input.logisticInfos
        .flatMap((info) => [
          ...(info.domesticLogisticInfo ?? []).map((inner) => inner.logisticNumer),
        ])
        .filter((waybill): waybill is string => !!waybill && waybill.trim().length > 0);
      if (!waybills.length)
        throw badInput(
          'logisticInfos carry no domestic waybill (domesticLogisticInfo.logisticNumer).',
        );
      order.domesticWaybills.push(
        ...waybills.filter((waybill) => !order.domesticWaybills.includes(waybill)),
      );
      return true;
    },
  };
}
