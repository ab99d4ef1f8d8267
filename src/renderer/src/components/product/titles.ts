import { useTranslation } from 'react-i18next';
import type { ProductSummary } from '../../../../shared/bridge/calls/catalog';

/**
 * Which title leads: a Chinese reader gets the original first, everyone else the translation,
 * with the other one beneath (agents quote the original to sellers).
 */
export function useTitles(product: Pick<ProductSummary, 'title' | 'titleTranslated'>): {
  primary: string;
  secondary: string | null;
} {
  const { i18n } = useTranslation();
  if (!product.titleTranslated) return { primary: product.title, secondary: null };
  return i18n.language.startsWith('zh')
    ? { primary: product.title, secondary: product.titleTranslated }
    : { primary: product.titleTranslated, secondary: product.title };
}
