import type { Parcel, TraceEvent } from '../../shared/bridge/calls/orders';
import { orderTime } from './order-time';

/** Logistics traces of both platforms as parcels with events, newest first. */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

const newestFirst = (events: TraceEvent[]) =>
  events.sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''));

export function alibabaParcels(data: unknown): Parcel[] {
  return arr(obj(data).logisticsTrace).map((raw) => {
    const trace = obj(raw);
    return {
      waybill: text(trace.logisticsBillNo) || null,
      carrier: text(trace.logisticsCompanyName) || null,
      events: newestFirst(
        arr(trace.logisticsSteps).map((step) => ({
          at: orderTime(obj(step).acceptTime),
          text: text(obj(step).remark),
          place: null,
        })),
      ),
    };
  });
}

/** The receiver block of a Taobao trace is left out on purpose: it holds the full address. */
export function taobaoParcels(data: unknown): Parcel[] {
  return arr(obj(data).pnmLogisticsDetails).map((raw) => {
    const parcel = obj(raw);
    return {
      waybill: text(parcel.mailNo) || null,
      carrier: text(obj(arr(parcel.logisticsPartner)[0]).company) || null,
      events: newestFirst(
        arr(parcel.logisticsTraces).map((step) => {
          const trace = obj(step);
          return {
            at: orderTime(trace.time),
            text: text(trace.standerdDesc) || text(trace.statusDesc) || text(trace.action),
            place: [text(trace.city), text(trace.facilityName)].filter(Boolean).join(' ') || null,
          };
        }),
      ),
    };
  });
}
