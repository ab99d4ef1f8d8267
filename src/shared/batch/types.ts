import type { ColumnMapping } from './columns';
import type { LineAddress } from './validate-row';

/**
 * A line's life: resolved (`ready`) or parked (`needs_attention`), then on submit `queued` (in the
 * outbox, not yet sent), `sending`, `unknown` (sent, outcome not yet known: only a lookup by
 * client reference may settle it), and finally `created` or `failed`. `reconfirm` holds a seller's
 * lines whose price changed after the preview.
 */
export const LINE_STATES = [
  'needs_attention',
  'ready',
  'excluded',
  'reconfirm',
  'queued',
  'sending',
  'unknown',
  'created',
  'failed',
] as const;
export type LineState = (typeof LINE_STATES)[number];

export type LineReason =
  | 'bad_row'
  | 'bad_link'
  | 'platform_unsupported'
  | 'product_not_found'
  | 'lookup_failed'
  | 'sku_ambiguous'
  | 'sku_not_found'
  | 'below_moq'
  | 'out_of_stock'
  | 'already_ordered'
  | 'no_address'
  | 'price_changed'
  | 'preview_refused'
  | 'rejected';

export type BatchState = 'draft' | 'previewed' | 'submitting' | 'done';

export interface SkuChoice {
  readonly skuId: string;
  readonly label: string;
  readonly priceFen: number;
  readonly stock: number;
}

export interface BatchLineView {
  readonly lineNo: number;
  readonly rowNumber: number;
  readonly customerRef: string;
  readonly productText: string;
  readonly skuText: string;
  readonly quantity: number;
  readonly note: string;
  readonly state: LineState;
  readonly reason: LineReason | null;
  /** English detail for the log and the export; the UI shows the translated reason. */
  readonly reasonDetail: string | null;
  readonly candidates: readonly SkuChoice[];
  readonly platform: '1688' | 'taobao' | null;
  readonly productId: string | null;
  readonly sellerId: string | null;
  readonly sellerName: string | null;
  /** The original (Chinese) title; `titleTranslated` is PandaPon's translation, when it sent one. */
  readonly title: string | null;
  readonly titleTranslated: string | null;
  readonly skuId: string | null;
  readonly skuLabel: string | null;
  readonly unitPriceFen: number | null;
  readonly orderId: string | null;
  readonly error: string | null;
  readonly hasOwnAddress: boolean;
}

export type StateCounts = Readonly<Record<LineState, number>>;

export interface BatchSummary {
  readonly id: string;
  readonly clientRef: string;
  readonly sourceName: string;
  readonly state: BatchState;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly counts: StateCounts;
  readonly total: number;
  readonly hasAddress: boolean;
}

export interface SellerPreview {
  readonly platform: '1688' | 'taobao';
  readonly sellerId: string;
  readonly sellerName: string;
  readonly lineNos: readonly number[];
  readonly goodsFen: number;
  readonly freightFen: number;
  readonly totalFen: number;
  readonly warnings: readonly string[];
  /** False when PandaPon refused the group; its lines are not sent. */
  readonly ok: boolean;
}

export interface BatchPreview {
  readonly batchId: string;
  readonly previewedAt: string;
  readonly sellers: readonly SellerPreview[];
  readonly goodsFen: number;
  readonly freightFen: number;
  readonly totalFen: number;
}

export interface BatchProgress {
  readonly batchId: string;
  readonly state: BatchState;
  readonly counts: StateCounts;
  readonly total: number;
}

export interface ImportedTable {
  readonly headers: readonly string[];
  readonly rowCount: number;
  readonly sample: readonly (readonly string[])[];
  readonly signature: string;
  readonly mapping: ColumnMapping;
  /** True when the mapping came from a saved layout rather than a guess. */
  readonly mappingSaved: boolean;
}

export type { LineAddress };

export function emptyCounts(): Record<LineState, number> {
  return Object.fromEntries(LINE_STATES.map((state) => [state, 0])) as Record<LineState, number>;
}
