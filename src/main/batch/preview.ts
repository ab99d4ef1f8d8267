import { BridgeError } from '../../shared/bridge/errors';
import type { BatchPreview, SellerPreview } from '../../shared/batch/types';
import type { LineAddress } from '../../shared/batch/validate-row';
import type { BatchRepo } from './batch-repo';
import { mapPool } from './pool';
import type { BatchPorts, CargoLine } from './ports';

type LineRow = ReturnType<BatchRepo['lineRows']>[number];

export interface SellerGroup {
  readonly platform: '1688' | 'taobao';
  readonly sellerId: string;
  readonly sellerName: string;
  readonly rows: LineRow[];
}

export function lineAddress(repo: BatchRepo, batchId: string, row: LineRow): LineAddress | null {
  if (row.address_json) return JSON.parse(String(row.address_json)) as LineAddress;
  return repo.batchAddress(batchId);
}

export function cargoOf(row: LineRow): CargoLine {
  return {
    productId: String(row.product_id),
    sellerId: String(row.seller_id),
    skuId: String(row.sku_id),
    quantity: Number(row.quantity),
    ...(row.platform === 'taobao'
      ? { mpId: String(row.mp_id ?? ''), mpSkuId: String(row.mp_sku_id ?? '') }
      : {}),
  };
}

/**
 * Where a seller's lines go as one order: lines with an address of their own are a parcel of
 * their own, as one order has one address. The preview quotes each parcel's freight once, and
 * the parcel is created as one order, so the freight shown is the freight charged.
 */
export function parcelKey(row: LineRow): string {
  return String(row.address_json ?? '');
}

/**
 * Groups by platform, seller and address: each group is previewed as one quote and created as
 * one order (a 1688 seller's order, or a Taobao shop's purchase order).
 */
export function groupBySeller(rows: readonly LineRow[]): SellerGroup[] {
  const groups = new Map<string, SellerGroup>();
  for (const row of rows) {
    const key = `${String(row.platform)}|${String(row.seller_id)}|${parcelKey(row)}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        platform: row.platform === 'taobao' ? 'taobao' : '1688',
        sellerId: String(row.seller_id),
        sellerName: String(row.seller_name ?? row.seller_id),
        rows: [],
      };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()].sort((a, b) => a.sellerName.localeCompare(b.sellerName));
}

/** Quotes one seller group; a refusal becomes a warning on the group, never an exception. */
export async function quoteGroup(
  repo: BatchRepo,
  ports: BatchPorts,
  batchId: string,
  group: SellerGroup,
): Promise<SellerPreview> {
  const address = lineAddress(repo, batchId, group.rows[0]!)!;
  const base = {
    platform: group.platform,
    sellerId: group.sellerId,
    sellerName: group.sellerName,
    lineNos: group.rows.map((row) => Number(row.line_no)),
  };
  try {
    const quote = await ports.quoteSeller(group.platform, address, group.rows.map(cargoOf));
    return {
      ...base,
      goodsFen: quote.goodsFen,
      freightFen: quote.freightFen,
      totalFen: quote.goodsFen + quote.freightFen,
      warnings: quote.warnings,
      ok: quote.ok,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 200) : 'preview failed';
    return { ...base, goodsFen: 0, freightFen: 0, totalFen: 0, warnings: [message], ok: false };
  }
}

/**
 * Groups the ready lines by platform and seller and asks PandaPon for each group's quote. The
 * result is stored: the prices in it are the ones the user confirms on submit.
 */
export async function previewBatch(
  repo: BatchRepo,
  ports: BatchPorts,
  batchId: string,
  concurrency: number,
): Promise<BatchPreview> {
  // Lines of a seller whose last preview was refused are quoted again with the rest.
  const rows = [
    ...repo.lineRows(batchId, ['ready', 'reconfirm']),
    ...repo
      .lineRows(batchId, ['needs_attention'])
      .filter((row) => row.reason === 'preview_refused'),
  ];
  if (rows.length === 0) {
    throw new BridgeError({
      code: 'bad_input',
      message: 'No line is ready: fix the lines that need attention first.',
    });
  }
  const homeless = rows.filter((row) => !lineAddress(repo, batchId, row));
  if (homeless.length > 0) {
    throw new BridgeError({
      code: 'bad_input',
      message: `${homeless.length} lines have no shipping address: set one for the batch.`,
      details: { batchId, lines: homeless.length },
    });
  }

  const sellers = await mapPool(groupBySeller(rows), concurrency, (group) =>
    quoteGroup(repo, ports, batchId, group),
  );
  const preview: BatchPreview = {
    batchId,
    previewedAt: new Date().toISOString(),
    sellers,
    goodsFen: sellers.reduce((sum, seller) => sum + seller.goodsFen, 0),
    freightFen: sellers.reduce((sum, seller) => sum + seller.freightFen, 0),
    totalFen: sellers.reduce((sum, seller) => sum + seller.totalFen, 0),
  };
  // A seller PandaPon refused to quote (sold out, below its minimum, unreachable) is parked with
  // the reason; the other sellers go ahead at the prices shown.
  const refused = new Map<number, string>();
  for (const seller of sellers) {
    if (seller.ok) continue;
    const detail = seller.warnings.join('; ').slice(0, 300) || 'the seller preview was refused';
    for (const lineNo of seller.lineNos) refused.set(lineNo, detail);
  }
  repo.transaction(() => {
    for (const row of rows) {
      const lineNo = Number(row.line_no);
      const refusal = refused.get(lineNo);
      repo.updateLine(
        batchId,
        lineNo,
        refusal
          ? { state: 'needs_attention', reason: 'preview_refused', reason_detail: refusal }
          : {
              state: 'ready',
              reason: null,
              reason_detail: null,
              confirmed_price_fen: Number(row.unit_price_fen),
            },
      );
    }
    repo.setPreview(batchId, preview);
    repo.touch(batchId, 'previewed');
  });
  return preview;
}

export function storedPreview(repo: BatchRepo, batchId: string): BatchPreview | null {
  const row = repo.batchRow(batchId);
  return row?.preview_json ? (JSON.parse(String(row.preview_json)) as BatchPreview) : null;
}
