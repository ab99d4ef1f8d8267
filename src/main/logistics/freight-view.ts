import type { FreightOption } from '../../shared/bridge/calls/logistics';
import { toFen } from '../catalog/money';

/**
 * PandaPon's freight answers were never captured (REFERENCE §3.11.1: "Response not captured"),
 * so the declared shape (`renderId`, `currency`, `freight`, `services[]`) is itself a guess. Each
 * option is read from a service entry, or from the quote when it names one service only; prices
 * and transit days are read under the names such answers commonly use.
 */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
const firstText = (...values: unknown[]): string => values.map(text).find(Boolean) ?? '';
const whole = (value: unknown): number | null => {
  const number = typeof value === 'string' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) && number >= 0
    ? Math.round(number)
    : null;
};

function daysOf(entry: Loose): FreightOption['days'] {
  const min = whole(entry.minDays ?? entry.minDeliveryDays);
  const max = whole(entry.maxDays ?? entry.maxDeliveryDays);
  if (min !== null || max !== null) return { min: min ?? max!, max: max ?? min! };
  const range = /^(\d+)\s*[-~–]\s*(\d+)/.exec(
    text(entry.deliveryTime ?? entry.deliveryDays ?? entry.transitDays),
  );
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const single = whole(entry.deliveryDays ?? entry.transitDays);
  return single === null ? null : { min: single, max: single };
}

function optionOf(entry: Loose, quote: Loose): FreightOption | null {
  const serviceId = firstText(entry.serviceId, entry.id);
  if (!serviceId) return null;
  return {
    serviceId,
    carrier: firstText(entry.companyName, entry.carrier, entry.serviceName) || serviceId,
    category: firstText(entry.serviceCategory, entry.category) || null,
    priceMinor: toFen(entry.freight ?? entry.price ?? entry.fee ?? entry.freightFen ?? null),
    currency: firstText(entry.currency, quote.currency) || 'CNY',
    days: daysOf(entry),
  };
}

export function freightOptionsOf(answer: unknown): {
  options: FreightOption[];
  renderId: string | null;
} {
  const quotes = Array.isArray(answer) ? answer.map(obj) : [obj(answer)];
  const options: FreightOption[] = [];
  for (const quote of quotes) {
    const services = arr(quote.services).map(obj);
    const entries = services.length ? services : [quote];
    for (const entry of entries) {
      // A quote naming one service describes that service: its price and days apply to it.
      const option = optionOf(services.length > 1 ? entry : { ...quote, ...entry }, quote);
      if (option && !options.some((known) => known.serviceId === option.serviceId))
        options.push(option);
    }
  }
  options.sort((a, b) => (a.priceMinor ?? Infinity) - (b.priceMinor ?? Infinity));
  const renderId = quotes.map((quote) => text(quote.renderId)).find(Boolean) ?? null;
  return { options, renderId };
}
