import type { SandboxPlatform } from '../generator/types';

/**
 * The sandbox's domestic freight, per seller and order: PandaPon shows freight but not how sellers
 * set it, so this is a plain, predictable rule of its own. 1688: 6 yuan plus 1 yuan per further
 * ten pieces, free from 300 yuan of goods; Taobao: free from 29 yuan, else 5 yuan. Remote
 * provinces cost 12 yuan more and are never free.
 */
const REMOTE_PROVINCES = ['新疆', '西藏', '内蒙古', '青海', '宁夏', '甘肃', '海南'];

export function isRemote(province: string | null | undefined): boolean {
  return !!province && REMOTE_PROVINCES.some((name) => province.includes(name));
}

export function domesticFreightFen(
  platform: SandboxPlatform,
  goodsFen: number,
  pieces: number,
  province: string | null | undefined,
): number {
  const remote = isRemote(province) ? 1_200 : 0;
  if (platform === 'taobao') return (goodsFen >= 2_900 && !remote ? 0 : 500) + remote;
  if (goodsFen >= 30_000 && !remote) return 0;
  return 600 + Math.floor(Math.max(0, pieces - 1) / 10) * 100 + remote;
}

/** Orders of at least this much goods get their freight waived by the seller after a while. */
export const FREIGHT_WAIVER_FROM_FEN = 20_000;
