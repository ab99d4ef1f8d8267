import { fenToYuan } from '../../shared/pandapon/money';

/**
 * The catalogue's money conventions (src/shared/pandapon/money.ts): Taobao amounts and 1688 cart
 * prices are integer fen; every other 1688 amount (previews, orders) is yuan, written here as a
 * two-decimal string ("19.00") so no reader can take it for fen.
 */
export const yuan = (fen: number): string => fenToYuan(fen);
