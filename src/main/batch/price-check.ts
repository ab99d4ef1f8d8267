import type { BatchRepo } from './batch-repo';
import { mapPool } from './pool';
import type { BatchPorts } from './ports';
import { cargoOf, groupBySeller, lineAddress, storedPreview } from './preview';

/** A seller across platforms: a 1688 seller id and a Taobao shop id may look alike. */
export function sellerKey(row: {
  readonly platform?: unknown;
  readonly seller_id?: unknown;
  readonly sellerId?: unknown;
}): string {
  return `${String(row.platform)}|${String(row.sellerId ?? row.seller_id)}`;
}

/** What the check before sending found: sellers to hold, and the lines' prices today. */
export interface PriceCheck {
  /** Sellers (`sellerKey`) whose goods total moved since the preview the user confirmed. */
  readonly changedSellers: ReadonlySet<string>;
  /** Today's unit price of each line of a changed seller, where the product could be read. */
  readonly newPrices: ReadonlyMap<number, number>;
  /** Sellers (`sellerKey`) PandaPon now refuses to quote (sold out, below the minimum), with its reason. */
  readonly refusedSellers: ReadonlyMap<string, string>;
}

/**
 * Asks PandaPon for each seller group's quote again, just before sending, and compares its goods
 * total with the total the user confirmed: one call per seller, not one per product. Only the
 * sellers whose total moved have their products read, to show the new unit prices. A quote that
 * cannot be had (offline, busy) keeps the confirmed prices: the create itself refuses goods that
 * are gone, and a read outage must not hold back a confirmed batch.
 */
export async function checkPrices(
  repo: BatchRepo,
  ports: BatchPorts,
  batchId: string,
  concurrency: number,
): Promise<PriceCheck> {
  const confirmed = storedPreview(repo, batchId);
  const changedSellers = new Set<string>();
  const refusedSellers = new Map<string, string>();
  const newPrices = new Map<number, number>();
  const groups = groupBySeller(repo.lineRows(batchId, ['ready']));

  await mapPool(groups, concurrency, async (group) => {
    // A seller may have several groups (one per address): the one holding these lines.
    const firstLine = Number(group.rows[0]!.line_no);
    const previewed = confirmed?.sellers.find(
      (seller) =>
        seller.platform === group.platform &&
        seller.sellerId === group.sellerId &&
        seller.lineNos.includes(firstLine),
    );
    let goodsFen: number;
    try {
      const address = lineAddress(repo, batchId, group.rows[0]!)!;
      const quote = await ports.quoteSeller(group.platform, address, group.rows.map(cargoOf));
      if (!quote.ok) {
        refusedSellers.set(sellerKey(group), quote.warnings.join('; ').slice(0, 300) || 'refused');
        return;
      }
      goodsFen = quote.goodsFen;
    } catch {
      return;
    }
    if (previewed && previewed.goodsFen === goodsFen) return;
    changedSellers.add(sellerKey(group));
    for (const row of group.rows) {
      try {
        const product = await ports.readProduct(group.platform, String(row.product_id), {
          fresh: true,
        });
        const sku = product.skus.find((item) => item.skuId === String(row.sku_id));
        if (sku) newPrices.set(Number(row.line_no), sku.priceFen);
      } catch {
        // The next preview shows the seller's new total either way.
      }
    }
  });
  return { changedSellers, newPrices, refusedSellers };
}
