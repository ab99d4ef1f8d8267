import type { z } from 'zod';
import type {
  bookInput,
  estimateInput,
  FreightEstimate,
  ShipmentBooking,
} from '../../shared/bridge/calls/logistics';
import type { Sourced } from '../../shared/bridge/sourced';
import type { AftersalesSession } from '../aftersales/session';
import { fenToYuanString } from '../catalog/money';
import type { Logger } from '../log';
import { describeFailure, isDefinitelyNotApplied } from '../outbox/failures';
import { remarkWithReference } from '../outbox/reference';
import { freightOptionsOf } from './freight-view';

/**
 * Overseas freight (PandaPon's warehouse-logistics endpoints). An estimate is a read, cached like
 * any other. Booking a shipment spends money and has no list to look it up by afterwards, so it is
 * recorded before it is sent, sent once, and an answer that never arrived stays "unknown" for the
 * user to check with PandaPon: it is never sent again.
 */
export async function estimateFreight(
  session: Pick<AftersalesSession, 'read'>,
  input: z.output<typeof estimateInput>,
): Promise<Sourced<FreightEstimate>> {
  const answer = await session.read(
    'logistics.freight.estimate',
    {
      itemId: input.itemId,
      skuId: input.skuId,
      quantity: input.quantity,
      receiverAddress: {
        country: input.destination.country,
        state: input.destination.state ?? null,
        city: input.destination.city ?? null,
        zip: input.destination.zip ?? null,
      },
      currency: 'CNY',
      price: fenToYuanString(input.priceFen),
    },
    { fresh: input.refresh },
  );
  const { options, renderId } = freightOptionsOf(answer.data);
  return { ...answer, data: { options, renderId, answerInferred: true } };
}

type Loose = Record<string, unknown>;
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

function shipmentIdOf(answer: unknown): string | null {
  if (typeof answer === 'string' && answer.trim()) return answer.trim();
  const body = (typeof answer === 'object' && answer !== null ? answer : {}) as Loose;
  return text(body.logisticsOrderId ?? body.orderId ?? body.id) || null;
}

export async function bookShipment(
  session: AftersalesSession,
  input: z.output<typeof bookInput>,
  log: Logger,
): Promise<ShipmentBooking> {
  const view = (clientRef: string): ShipmentBooking => {
    const entry = session.ledger.get(clientRef)!;
    const state = entry.state;
    return { clientRef, state, shipmentId: entry.resultId, error: entry.error };
  };
  const begun = session.ledger.begin({
    clientRef: input.clientRef,
    what: 'shipment',
    platform: 'logistics',
    orderId: input.renderId ?? '',
    lineIds: input.lines.map((line) => `${line.itemId}:${line.skuId}`),
    title: input.lines
      .map((line) => line.title ?? line.itemId)
      .join(' · ')
      .slice(0, 200),
    kind: null,
    amountFen: null,
  });
  if (!begun) return view(input.clientRef);

  const ids = { clientRef: input.clientRef, lines: input.lines.length };
  log.info('shipment sending', ids);
  try {
    const answer = await session.call('logistics.international.create', {
      renderId: input.renderId ?? null,
      // The address and phone go to PandaPon only; they are never logged.
      receiverAddress: {
        name: input.receiver.name,
        phone: input.receiver.phone,
        mobilePhone: input.receiver.phone,
        email: input.receiver.email ?? null,
        address: input.receiver.address,
        city: input.receiver.city,
        state: input.receiver.state ?? null,
        zip: input.receiver.zip ?? null,
        country: input.receiver.country,
      },
      lineItems: input.lines.map((line) => ({
        itemId: line.itemId,
        skuId: line.skuId,
        quantity: line.quantity,
        title: line.title ?? null,
        freightInfo: { serviceId: line.serviceId },
        currency: 'CNY',
        price: fenToYuanString(line.priceFen),
      })),
      remark: remarkWithReference(input.remark, input.clientRef),
    });
    const shipmentId = shipmentIdOf(answer);
    session.ledger.settle(input.clientRef, 'done', { resultId: shipmentId });
    log.info('shipment booked', { ...ids, shipmentId });
  } catch (error) {
    const failure = describeFailure(error);
    const state = isDefinitelyNotApplied(error) ? 'failed' : 'unknown';
    session.ledger.settle(input.clientRef, state, { error: failure });
    log.warn('shipment not confirmed', { ...ids, state, code: failure.code });
  }
  return view(input.clientRef);
}
