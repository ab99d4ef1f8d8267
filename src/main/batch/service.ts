import { BridgeError } from '../../shared/bridge/errors';
import {
  guessColumnMapping,
  headerSignature,
  missingRequiredColumns,
  type ColumnMapping,
} from '../../shared/batch/columns';
import type {
  BatchLineView,
  BatchPreview,
  BatchProgress,
  BatchSummary,
  ImportedTable,
} from '../../shared/batch/types';
import { validateRow, type LineAddress } from '../../shared/batch/validate-row';
import { BatchRepo, orderIdsOfText, paymentRef, toLineView, type LinePatch } from './batch-repo';
import { exportResults, type ExportFormat } from './export-results';
import { mapPool } from './pool';
import type { BatchPlatform, BatchPorts, BatchProduct, SendOutcome } from './ports';
import { previewBatch, storedPreview } from './preview';
import { readTable, type TableSource } from './read-table';
import { resolveLine } from './resolve-line';
import { BatchRunner } from './runner';

export interface LineEdit {
  readonly product?: string;
  readonly sku?: string;
  readonly skuId?: string;
  readonly quantity?: number;
  readonly note?: string;
  readonly excluded?: boolean;
}

export interface BatchServiceOptions {
  readonly concurrency?: number;
  readonly onProgress?: (progress: BatchProgress) => void;
  readonly reconcileDelayMs?: number;
}

const EDITABLE_STATES = new Set(['needs_attention', 'ready', 'excluded', 'reconfirm']);

/** Everything the bridge (and the start-up hook) does with batches, on one profile's store. */
export class BatchService {
  readonly runner: BatchRunner;
  private readonly concurrency: number;

  constructor(
    readonly repo: BatchRepo,
    private readonly ports: BatchPorts,
    private readonly options: BatchServiceOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 8;
    this.runner = new BatchRunner(repo, ports, {
      concurrency: this.concurrency,
      onProgress: options.onProgress,
      reconcileDelayMs: options.reconcileDelayMs,
    });
  }

  /** Reads a file's header and a few rows, and the mapping its layout had last time (or a guess). */
  async inspect(source: TableSource): Promise<ImportedTable> {
    const table = await readTable(source);
    const signature = headerSignature(table.headers);
    const saved = this.repo.savedLayout(signature);
    return {
      headers: table.headers,
      rowCount: table.rows.length,
      sample: table.rows.slice(0, 5),
      signature,
      mapping: saved ?? guessColumnMapping(table.headers),
      mappingSaved: saved !== null,
    };
  }

  /**
   * Imports every row into a batch (a new one, or `batchId` for a re-import), saves the mapping
   * for this layout, then resolves the new lines. Bad rows become "needs attention" lines.
   */
  async importRows(
    source: TableSource,
    mapping: ColumnMapping | undefined,
    batchId?: string,
  ): Promise<{ batchId: string; added: number; duplicates: number }> {
    const table = await readTable(source);
    const signature = headerSignature(table.headers);
    const used = mapping ?? this.repo.savedLayout(signature) ?? guessColumnMapping(table.headers);
    const missing = missingRequiredColumns(used);
    if (missing.length > 0) {
      throw new BridgeError({
        code: 'bad_input',
        message: `Choose which column holds: ${missing.join(', ')}.`,
        issues: missing.map((column) => ({ path: `mapping.${column}`, message: 'not mapped' })),
      });
    }
    this.repo.saveLayout(signature, used);

    const id = batchId ?? this.repo.createBatch(source.name);
    if (!this.repo.batchRow(id))
      throw new BridgeError({ code: 'not_found', message: 'There is no such batch.' });
    const drafts = table.rows.map((row, index) => {
      const { draft, problems } = validateRow(row, index + 2, used);
      const problem = problems
        .map((item) => `row ${item.rowNumber}, ${item.column}: ${item.message}`)
        .join('; ');
      return { draft, problem: problem || null };
    });
    const { added, duplicates } = this.repo.addRows(id, drafts);
    this.ports.log.info('batch rows imported', { batchId: id, added: added.length, duplicates });
    await this.resolveLines(id, added);
    return { batchId: id, added: added.length, duplicates };
  }

  /**
   * Looks up again every line whose product read failed (offline, PandaPon busy, a crash), and
   * the Taobao lines an earlier version parked as not supported.
   */
  async retryLookups(batchId: string): Promise<number> {
    const lineNos = this.repo
      .lineRows(batchId, ['needs_attention'])
      .filter((row) => row.reason === 'lookup_failed' || row.reason === 'platform_unsupported')
      .map((row) => Number(row.line_no));
    await this.resolveLines(batchId, lineNos);
    return lineNos.length;
  }

  private async resolveLines(batchId: string, lineNos: readonly number[]): Promise<void> {
    // One product read per product, however many lines name it.
    const products = new Map<string, Promise<BatchProduct>>();
    const ports: BatchPorts = {
      ...this.ports,
      readProduct: (platform, id) => {
        const key = `${platform}:${id}`;
        let product = products.get(key);
        if (!product) {
          product = this.ports.readProduct(platform, id);
          products.set(key, product);
        }
        return product;
      },
    };
    await mapPool(lineNos, this.concurrency, async (lineNo) => {
      const row = this.repo.lineRow(batchId, lineNo);
      if (!row || row.reason === 'bad_row') return;
      const patch = await resolveLine(ports, {
        productText: String(row.product_text),
        skuText: String(row.sku_text),
        quantity: Number(row.quantity),
      });
      const elsewhere = this.repo.orderedElsewhere(batchId, String(row.customer_ref));
      this.repo.updateLine(
        batchId,
        lineNo,
        elsewhere
          ? {
              ...patch,
              state: 'needs_attention',
              reason: 'already_ordered',
              reason_detail: `already ordered (${elsewhere})`,
            }
          : patch,
      );
    });
    this.afterLinesChanged(batchId);
  }

  /** Fixes a line in place and resolves it again; the preview must be redone after any edit. */
  async editLine(batchId: string, lineNo: number, edit: LineEdit): Promise<BatchLineView> {
    const row = this.repo.lineRow(batchId, lineNo);
    if (!row)
      throw new BridgeError({ code: 'not_found', message: `Batch line ${lineNo} does not exist.` });
    if (!EDITABLE_STATES.has(String(row.state))) {
      throw new BridgeError({
        code: 'conflict',
        message: 'This line was already sent; it cannot be changed.',
      });
    }
    if (edit.excluded !== undefined) {
      this.repo.updateLine(
        batchId,
        lineNo,
        edit.excluded
          ? { state: 'excluded' }
          : {
              state: 'needs_attention',
              reason: 'bad_row',
              reason_detail: 'included again; resolving',
            },
      );
      if (edit.excluded) {
        this.afterLinesChanged(batchId);
        return toLineView(this.repo.lineRow(batchId, lineNo)!);
      }
    }
    const words: LinePatch = {};
    if (edit.product !== undefined) words.product_text = edit.product.trim();
    if (edit.sku !== undefined) words.sku_text = edit.sku.trim();
    if (edit.quantity !== undefined) words.quantity = edit.quantity;
    if (edit.note !== undefined) words.note = edit.note;
    this.repo.updateLine(batchId, lineNo, words);

    const current = this.repo.lineRow(batchId, lineNo)!;
    const patch = await resolveLine(this.ports, {
      productText: String(current.product_text),
      skuText: String(current.sku_text),
      quantity: Number(current.quantity),
      chosenSkuId: edit.skuId ?? null,
    });
    if (Number(current.quantity) < 1) {
      Object.assign(patch, {
        state: 'needs_attention',
        reason: 'bad_row',
        reason_detail: 'no quantity',
      });
    }
    this.repo.updateLine(batchId, lineNo, {
      ...patch,
      ...(edit.skuId ? { sku_text: patch.sku_label ?? '' } : {}),
    });
    this.afterLinesChanged(batchId);
    return toLineView(this.repo.lineRow(batchId, lineNo)!);
  }

  setAddress(batchId: string, address: LineAddress | null): BatchSummary {
    this.requireDraft(batchId);
    this.repo.setAddress(batchId, address);
    this.afterLinesChanged(batchId);
    return this.summary(batchId);
  }

  preview(batchId: string): Promise<BatchPreview> {
    this.requireDraft(batchId);
    return previewBatch(this.repo, this.ports, batchId, this.concurrency);
  }

  /** How many of the batch's created orders a payment submission paid. */
  paidCount(batchId: string): number {
    const created = new Set(this.createdOrders(batchId).map((order) => order.orderId));
    return [...this.paidOrderIds(this.summary(batchId).clientRef)].filter((id) => created.has(id))
      .length;
  }

  /**
   * The batch's created orders, each once: the lines of one seller to one address share their
   * order (or orders).
   */
  createdOrders(batchId: string): { platform: BatchPlatform; orderId: string }[] {
    const orders = new Map<string, { platform: BatchPlatform; orderId: string }>();
    for (const row of this.repo.lineRows(batchId, ['created'])) {
      const platform: BatchPlatform = row.platform === 'taobao' ? 'taobao' : '1688';
      for (const orderId of orderIdsOfText(row.order_id)) {
        orders.set(`${platform}|${orderId}`, { platform, orderId });
      }
    }
    return [...orders.values()];
  }

  currentPreview(batchId: string): BatchPreview | null {
    return storedPreview(this.repo, batchId);
  }

  submit(batchId: string) {
    return this.runner.submit(batchId);
  }

  /**
   * Submits the batch's created orders that no earlier submission paid: separate and explicit.
   * Each platform's orders go in their own submission (1688's batch submit, Taobao's order
   * payment), each new set under its own reference; an earlier submission whose answer was lost
   * is looked up first, never sent again.
   */
  async pay(batchId: string) {
    const batch = this.repo.batchRow(batchId);
    if (!batch) throw new BridgeError({ code: 'not_found', message: 'There is no such batch.' });
    const batchRef = String(batch.client_ref);
    const payments = this.ports.payments(batchRef);
    for (const open of payments.filter((payment) => payment.outcome === 'unknown')) {
      const settled = await this.ports.reconcileOne(open.clientRef);
      if (!settled || settled === 'pending' || settled.kind === 'unknown') {
        throw new BridgeError({
          code: 'conflict',
          message:
            'The last payment submission has no answer yet; it is being checked. Try again in a minute.',
        });
      }
    }
    const paid = this.paidOrderIds(batchRef);
    const unpaid = this.createdOrders(batchId).filter((order) => !paid.has(order.orderId));
    if (unpaid.length === 0) {
      throw new BridgeError({
        code: 'bad_input',
        message: 'Every created order was submitted for payment already.',
      });
    }
    const outcomes: SendOutcome[] = [];
    let number = payments.length;
    for (const platform of ['1688', 'taobao'] as const) {
      const orderIds = unpaid
        .filter((order) => order.platform === platform)
        .map((order) => order.orderId);
      if (orderIds.length === 0) continue;
      const clientRef = paymentRef(batchRef, ++number);
      this.ports.log.info('batch payment submitting', {
        batchId,
        clientRef,
        platform,
        orders: orderIds.length,
      });
      outcomes.push(await this.ports.payOrders(platform, batchId, clientRef, orderIds));
    }
    // The answer the user reads is the worst of the submissions: one refusal is worth showing.
    const worst =
      outcomes.find((outcome) => outcome.kind === 'failed') ??
      outcomes.find((outcome) => outcome.kind !== 'created') ??
      outcomes[0]!;
    return {
      orderIds: unpaid.length,
      outcome: worst.kind,
      message: 'message' in worst ? worst.message : null,
    };
  }

  /** Orders of the batch a payment submission is known to have paid. */
  paidOrderIds(batchRef: string): Set<string> {
    return new Set(
      this.ports
        .payments(batchRef)
        .filter((payment) => payment.outcome === 'created')
        .flatMap((payment) => payment.orderIds),
    );
  }

  summary(batchId: string): BatchSummary {
    const summary = this.repo.summary(batchId);
    if (!summary) throw new BridgeError({ code: 'not_found', message: 'There is no such batch.' });
    return summary;
  }

  lines(batchId: string): BatchLineView[] {
    this.summary(batchId);
    return this.repo.lineRows(batchId).map(toLineView);
  }

  export(batchId: string, format: ExportFormat) {
    return exportResults(this.summary(batchId), this.lines(batchId), format);
  }

  /** Picks up every batch a previous run left sending (after a quit or a crash). */
  resumeAll(): string[] {
    const open = this.repo.batchesInState('submitting');
    for (const batchId of open) void this.runner.resume(batchId);
    return open;
  }

  /**
   * Address and preview may change before submitting, and again once a submitted batch has
   * finished with lines left behind: sellers held for re-confirmation (their price changed after
   * the preview) or lines that still need attention, sent as a follow-up once fixed.
   */
  private requireDraft(batchId: string): void {
    const { state, counts } = this.summary(batchId);
    const reconfirming = state === 'done' && counts.reconfirm + counts.needs_attention > 0;
    if (state !== 'draft' && state !== 'previewed' && !reconfirming) {
      throw new BridgeError({ code: 'conflict', message: 'This batch was already submitted.' });
    }
  }

  /** Any change to the lines voids the preview: the user must see the new totals. */
  private afterLinesChanged(batchId: string): void {
    const summary = this.repo.summary(batchId);
    if (summary?.state === 'previewed') this.repo.touch(batchId, 'draft');
    else this.repo.touch(batchId);
    if (summary) {
      this.options.onProgress?.({
        batchId,
        state: this.summary(batchId).state,
        counts: summary.counts,
        total: summary.total,
      });
    }
  }
}
