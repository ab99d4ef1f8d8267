/**
 * How a client reference travels inside an order. PandaPon has no idempotency key, so the
 * reference is written into the order remark (1688 `message`, Taobao `remark`), where the order
 * list shows it again: that is how an uncertain outcome is looked up.
 */
const MARKER_PREFIX = 'PPD:';

export function referenceMarker(clientRef: string): string {
  return `${MARKER_PREFIX}${clientRef}`;
}

/** The remark with the marker first, so a length cap on PandaPon's side cuts the user's text. */
export function remarkWithReference(remark: unknown, clientRef: string): string {
  const text = typeof remark === 'string' ? remark.trim() : '';
  return text ? `${referenceMarker(clientRef)} ${text}` : referenceMarker(clientRef);
}

/**
 * Whether an order (as the order list returns it) carries the reference. The remark field's name
 * was never documented for the list answer, so the whole order is searched: the marker is unique
 * enough ("PPD:" and a random reference) that no other field can hold it by chance.
 */
export function orderCarriesReference(order: unknown, clientRef: string): boolean {
  const marker = referenceMarker(clientRef);
  return JSON.stringify(order ?? null).includes(marker);
}

/** The remark without our marker, for showing to the user. */
export function remarkForDisplay(remark: string | null | undefined): string {
  return (remark ?? '').replace(/^PPD:[A-Za-z0-9_-]+\s?/, '');
}
