import { z } from 'zod';
import { BATCH_COLUMNS } from '../../batch/columns';
import type {
  BatchLineView,
  BatchPreview,
  BatchProgress,
  BatchSummary,
  ImportedTable,
} from '../../batch/types';
import { lineAddressSchema } from '../../batch/validate-row';
import { defineCall, defineEvent } from '../define';

/** 5,000 lines of XLSX stay well under this; anything bigger is not a batch spreadsheet. */
const MAX_FILE_BASE64 = 28 * 1024 * 1024;

const tableSource = z
  .object({
    name: z.string().min(1).max(200),
    base64: z.string().max(MAX_FILE_BASE64).optional(),
    text: z
      .string()
      .max(8 * 1024 * 1024)
      .optional(),
  })
  .strict()
  .refine((source) => (source.base64 === undefined) !== (source.text === undefined), {
    message: 'give either the file bytes or the pasted text',
  });

const mappingSchema = z.partialRecord(z.enum(BATCH_COLUMNS), z.number().int().min(0).max(200));
const batchId = z.string().uuid();
const byBatch = z.object({ batchId }).strict();

export interface BatchDetail {
  readonly summary: BatchSummary;
  readonly lines: readonly BatchLineView[];
  readonly preview: BatchPreview | null;
  /**
   * Orders the batch created: one per 1688 line, one per Taobao shop and address (so it may be
   * fewer than the created lines).
   */
  readonly createdOrders: number;
  /** Created orders a payment submission has paid (the rest may still be submitted). */
  readonly paidOrders: number;
}

export const batchCalls = {
  /** Reads a file's headers and the mapping its layout had last time, or a guess. */
  'batch.inspect': defineCall(z.object({ source: tableSource }).strict()).returns<ImportedTable>(),
  /** Imports the rows into a new batch (or `batchId`: a re-import adds only new lines). */
  'batch.import': defineCall(
    z
      .object({
        source: tableSource,
        mapping: mappingSchema.optional(),
        batchId: batchId.optional(),
      })
      .strict(),
  ).returns<{ batchId: string; added: number; duplicates: number }>(),
  'batch.list': defineCall(z.object({}).strict()).returns<readonly BatchSummary[]>(),
  'batch.get': defineCall(byBatch).returns<BatchDetail>(),
  'batch.editLine': defineCall(
    z
      .object({
        batchId,
        lineNo: z.number().int().min(1),
        product: z.string().max(2048).optional(),
        sku: z.string().max(512).optional(),
        skuId: z.string().min(1).max(128).optional(),
        quantity: z.number().int().min(1).max(100_000).optional(),
        note: z.string().max(500).optional(),
        excluded: z.boolean().optional(),
      })
      .strict(),
  ).returns<BatchLineView>(),
  'batch.setAddress': defineCall(
    z.object({ batchId, address: lineAddressSchema.nullable() }).strict(),
  ).returns<BatchSummary>(),
  'batch.preview': defineCall(byBatch).returns<BatchPreview>(),
  /** Confirms the previewed prices and starts sending; progress comes as `batch.progress`. */
  'batch.submit': defineCall(byBatch).returns<{ queued: number; reconfirm: number }>(),
  /** Submits the created orders for payment: a separate, explicit step. */
  'batch.pay': defineCall(byBatch).returns<{
    orderIds: number;
    outcome: 'created' | 'failed' | 'unknown' | 'retry';
    message: string | null;
  }>(),
  /** Looks again at lines whose outcome is unknown (and sends what is proven unsent). */
  'batch.resume': defineCall(byBatch).returns<BatchSummary>(),
  'batch.export': defineCall(
    z.object({ batchId, format: z.enum(['csv', 'xlsx']) }).strict(),
  ).returns<{ filename: string; mime: string; base64: string }>(),
};

export const batchEvents = {
  'batch.progress': defineEvent<BatchProgress>(),
};
