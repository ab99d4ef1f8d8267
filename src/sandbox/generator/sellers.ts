import { categories } from './vocab-categories';
import { companyKinds, placeNames, shopKinds, tradeNames } from './vocab-common';
import { opaqueId, type Rng } from './rng';
import type { SandboxPlatform, Seller } from './types';

/** Sellers: 1688 factories and trading companies, Taobao shops; each mostly sells one category. */
export function generateSellers(rng: Rng, platform: SandboxPlatform, count: number): Seller[] {
  const sellers: Seller[] = [];
  for (let index = 0; index < count; index += 1) {
    const place = rng.pick(placeNames);
    const trade = rng.pick(tradeNames);
    const categoryIndex = index % categories.length;
    const category = categories[categoryIndex];
    const kind = platform === '1688' ? rng.pick(companyKinds) : rng.pick(shopKinds);
    const companyName = `${place[0]}市${trade[0]}${rng.pick(companyKinds)[0]}`;
    const name = platform === '1688' ? companyName : `${trade[0]}${category.zh}${kind[0]}`;
    const nameTrans =
      platform === '1688'
        ? `${place[1]} ${trade[1]} ${kind[1]}`
        : `${trade[1]} ${category.en} ${kind[1]}`;
    sellers.push({
      platform,
      index,
      openId: `BBB${opaqueId(`${platform}-seller-${index}`, 22)}`,
      shopId: 200_000_000 + index * 37 + (platform === '1688' ? 0 : 7),
      name,
      nameTrans,
      companyName,
      categoryIndex,
    });
  }
  return sellers;
}
