import { BridgeError } from '../../shared/bridge/errors';
import type { BatchProgress, LineState } from '../../shared/batch/types';
import {
  attemptOf,
  batchRefOf,
  leadLineOf,
  lineClientRef,
  MAX_SEND_ATTEMPTS,
  orderIdsText,
  type BatchRepo,
} from './batch-repo';
import { mapPool } from './pool';
import { cargoOf, groupBySeller, lineAddress, parcelKey } from './preview';
import { checkPrices, sellerKey } from './price-check';
import type { BatchPlatform, BatchPorts, SendOutcome } from './ports';

type LineRow = ReturnType<BatchRepo['lineRows']>[number];

export interface RunnerOptions {
  /** Requests in flight at once (the client adds its own rate limiting underneath). */
  readonly concurrency?: number;
  /** Rounds of "reconcile, then look again" before an unknown line is left for the next start. */
  readonly reconcileRounds?: number;
  readonly reconcileDelayMs?: number;
  readonly onProgress?: (progress: BatchProgress) => void;
}

const IN_FLIGHT: readonly LineState[] = ['queued', 'sending', 'unknown'];

/**
 * The user's part of the order remark: customer reference and note. The outbox writes the line's
 * client reference in front of it (`PPD:<ref>`), which is what a look-up finds.
 */
export function orderRemark(customerRef: string, note: string): string {
  return [customerRef, note].filter(Boolean).join(' ').slice(0, 160);
}

/** The remark of a send: the customer references and distinct notes of the order's lines. */
function remarkOf(rows: readonly LineRow[]): string {
  const refs = rows.map((row) => String(row.customer_ref)).filter(Boolean);
  const notes = [...new Set(rows.map((row) => String(row.note)).filter(Boolean))];
  return orderRemark(refs.join(' '), notes.join('; '));
}

/**
 * What goes out as one create request, by the client reference its lines share: the lines of one
 * seller to one address (one order, as previewed and quoted).
 */
function sendUnits(rows: readonly LineRow[]): LineRow[][] {
  const units = new Map<string, LineRow[]>();
  for (const row of rows) {
    const ref = String(row.client_ref);
    units.set(ref, [...(units.get(ref) ?? []), row]);
  }
  return [...units.values()];
}

/**
 * Sends a confirmed batch through the outbox and settles every line exactly once. A line whose
 * request was sent but whose answer never came stays `unknown` until the outbox finds the order by
 * its client reference (or proves there is none); nothing here sends a create twice.
 */
export class BatchRunner {
  private readonly running = new Map<string, Promise<void>>();
  private lastEmit = 0;

  constructor(
    private readonly repo: BatchRepo,
    private readonly ports: BatchPorts,
    private readonly options: RunnerOptions = {},
  ) {}

  /**
   * Confirms the previewed prices, writes every line's intent in one transaction and starts
   * sending. Returns before sending finishes; progress arrives through `onProgress`.
   */
  async submit(batchId: string): Promise<{ queued: number; reconfirm: number }> {
    const batch = this.repo.batchRow(batchId);
    if (!batch) throw new BridgeError({ code: 'not_found', message: 'There is no such batch.' });
    if (batch.state !== 'previewed') {
      throw new BridgeError({
        code: 'conflict',
        message:
          'Preview the batch before submitting it: the previewed prices are what you confirm.',
        details: { batchId },
      });
    }

    const { changedSellers, newPrices, refusedSellers } = await checkPrices(
      this.repo,
      this.ports,
      batchId,
      this.options.concurrency ?? 8,
    );
    const batchRef = String(batch.client_ref);
    const result = this.repo.transaction(() => {
      let queued = 0;
      let reconfirm = 0;
      const groupRefs = new Map<string, string>();
      for (const row of this.repo.lineRows(batchId, ['ready'])) {
        const lineNo = Number(row.line_no);
        const refusal = refusedSellers.get(sellerKey(row));
        if (refusal) {
          this.repo.updateLine(batchId, lineNo, {
            state: 'needs_attention',
            reason: 'preview_refused',
            reason_detail: refusal,
          });
        } else if (changedSellers.has(sellerKey(row))) {
          // The line now carries today's price: the next preview shows it for confirmation.
          const price = newPrices.get(lineNo);
          this.repo.updateLine(batchId, lineNo, {
            state: 'reconfirm',
            reason: 'price_changed',
            reason_detail: 'the seller changed a price after the preview; preview again',
            ...(price === undefined ? {} : { unit_price_fen: price }),
          });
          reconfirm++;
        } else {
          // A seller's lines to one address are one order: they share the reference of the
          // first of them, so the order is sent, looked up and settled as one.
          const group = `${sellerKey(row)}|${parcelKey(row)}`;
          const ref = groupRefs.get(group) ?? this.unusedRef(batchRef, lineNo);
          groupRefs.set(group, ref);
          this.repo.updateLine(batchId, lineNo, { state: 'queued', client_ref: ref });
          queued++;
        }
      }
      this.repo.touch(batchId, 'submitting');
      return { queued, reconfirm };
    });
    this.ports.log.info('batch submitted', { batchId, ...result });
    void this.resume(batchId);
    return result;
  }

  /** The line's first reference the outbox has never seen (a follow-up never reuses one). */
  private unusedRef(batchRef: string, lineNo: number): string {
    for (let attempt = 1; attempt < MAX_SEND_ATTEMPTS; attempt++) {
      const ref = lineClientRef(batchRef, lineNo, attempt);
      if (this.ports.outcomeOf(ref) === null) return ref;
    }
    return lineClientRef(batchRef, lineNo, MAX_SEND_ATTEMPTS);
  }

  /** Runs (or joins) the send loop of a batch; safe to call at start-up and repeatedly. */
  resume(batchId: string): Promise<void> {
    const existing = this.running.get(batchId);
    if (existing) return existing;
    const run = this.run(batchId).finally(() => this.running.delete(batchId));
    this.running.set(batchId, run);
    return run;
  }

  /** Resolves when every running batch has stopped sending (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all(this.running.values());
  }

  private async run(batchId: string): Promise<void> {
    const rounds = this.options.reconcileRounds ?? 10;
    const delay = this.options.reconcileDelayMs ?? 250;
    await this.ports.reconcile();

    for (let round = 0; round <= rounds; round++) {
      const rows = this.repo.lineRows(batchId, IN_FLIGHT);
      if (rows.length === 0) break;
      if (round > 0) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(delay * round, 3000)));
        await this.ports.reconcile();
      }
      await mapPool(sendUnits(rows), this.options.concurrency ?? 8, (unit) =>
        this.settleUnit(batchId, unit),
      );
      this.emit(batchId, true);
    }

    const open = this.repo.lineRows(batchId, IN_FLIGHT).length;
    if (open === 0) this.repo.touch(batchId, 'done');
    this.ports.log.info('batch run ended', { batchId, unsettled: open });
    this.emit(batchId, true);
  }

  private async settleUnit(batchId: string, rows: readonly LineRow[]) {
    const first = rows[0]!;
    const clientRef = String(first.client_ref);
    const platform: BatchPlatform = first.platform === 'taobao' ? 'taobao' : '1688';
    const known = this.ports.outcomeOf(clientRef);

    // Only a request the outbox has never sent goes out; anything it has sent is settled by lookup.
    let outcome: SendOutcome;
    if (known && known !== 'pending') outcome = known;
    else {
      this.updateUnit(batchId, rows, { state: 'sending' });
      this.emit(batchId);
      outcome = await this.ports.send({
        platform,
        clientRef,
        batchId,
        cargo: rows.map(cargoOf),
        address: lineAddress(this.repo, batchId, first)!,
        remark: remarkOf(rows),
      });
    }
    outcome = await this.settleSoon(clientRef, outcome);
    outcome = await this.confirmNotCreated(batchId, platform, clientRef, outcome);
    this.record(batchId, rows, clientRef, outcome);
  }

  /** Every line of a send changes together, so a crash never leaves an order's lines split. */
  private updateUnit(
    batchId: string,
    rows: readonly LineRow[],
    patch: Parameters<BatchRepo['updateLine']>[2],
  ): void {
    this.repo.transaction(() => {
      for (const row of rows) this.repo.updateLine(batchId, Number(row.line_no), patch);
    });
  }

  /**
   * An unknown outcome is looked up again at once, a few times: the order list is read newest
   * first and only so deep, so the look-up must happen while the order is still recent.
   */
  private async settleSoon(clientRef: string, outcome: SendOutcome): Promise<SendOutcome> {
    for (let attempt = 1; outcome.kind === 'unknown' && attempt <= 4; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
      const found = await this.ports.reconcileOne(clientRef);
      if (found && found !== 'pending') outcome = found;
    }
    return outcome;
  }

  /**
   * A look-up that found no order may have looked too shallow: the outbox reads only the newest
   * orders, and a busy batch creates hundreds between a lost answer and a late look-up. Before a
   * line goes out again under a new reference, the whole order list since the batch began is
   * searched; an order found there settles the line and nothing is sent.
   */
  private async confirmNotCreated(
    batchId: string,
    platform: BatchPlatform,
    clientRef: string,
    outcome: SendOutcome,
  ): Promise<SendOutcome> {
    if (outcome.kind !== 'retry' || !outcome.afterLookup) return outcome;
    const pages = Math.ceil((this.repo.lineRows(batchId).length * 2 + 200) / 100);
    try {
      const orderIds = await this.ports.findOrders(platform, clientRef, pages);
      if (orderIds.length === 0) return outcome;
      this.ports.log.warn('order found by the deeper look-up', { batchId, clientRef, orderIds });
      return { kind: 'created', orderIds };
    } catch (error) {
      // Could not tell: keep the line unknown and look again in the next round.
      const message = error instanceof Error ? error.message : 'look-up failed';
      return { kind: 'unknown', message };
    }
  }

  private record(
    batchId: string,
    rows: readonly LineRow[],
    clientRef: string,
    outcome: SendOutcome,
  ): void {
    if (outcome.kind === 'retry') {
      // Proven not created: the next attempt goes out under a new reference, never the old one.
      const attempt = attemptOf(clientRef) + 1;
      if (attempt <= MAX_SEND_ATTEMPTS) {
        this.updateUnit(batchId, rows, {
          state: 'queued',
          client_ref: lineClientRef(batchRefOf(clientRef), leadLineOf(clientRef), attempt),
          error: outcome.message.slice(0, 300),
        });
        return;
      }
      outcome = { kind: 'failed', message: outcome.message };
    }
    if (outcome.kind === 'created') {
      this.updateUnit(batchId, rows, {
        state: 'created',
        order_id: orderIdsText(outcome.orderIds),
        error: null,
      });
    } else if (outcome.kind === 'failed') {
      this.updateUnit(batchId, rows, {
        state: 'failed',
        reason: 'rejected',
        error: outcome.message.slice(0, 300),
      });
    } else {
      this.updateUnit(batchId, rows, { state: 'unknown', error: outcome.message.slice(0, 300) });
    }
    this.emit(batchId);
  }

  /** Progress at most every 100 ms (a 5,000-line batch must not flood the renderer). */
  private emit(batchId: string, force = false): void {
    const at = Date.now();
    if (!force && at - this.lastEmit < 100) return;
    this.lastEmit = at;
    const summary = this.repo.summary(batchId);
    if (!summary) return;
    this.options.onProgress?.({
      batchId,
      state: summary.state,
      counts: summary.counts,
      total: summary.total,
    });
  }
}

export { groupBySeller };
