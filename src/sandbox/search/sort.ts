/**
 * PandaPon's sort parameters: the 1688 searches take a JSON string (`{"price":"asc"}`), the Taobao
 * search a word (`tk_rate_desc`). Both are read into one field and direction; anything unknown
 * falls back to relevance.
 */
export type SortField = 'relevance' | 'price' | 'sales' | 'repurchase';

export interface SortOrder {
  readonly field: SortField;
  readonly descending: boolean;
}

const RELEVANCE: SortOrder = { field: 'relevance', descending: true };

function fieldOf(name: string): SortField | null {
  const lower = name.toLowerCase();
  if (lower.includes('price')) return 'price';
  if (lower.includes('sale') || lower.includes('sold') || lower.includes('volume')) return 'sales';
  if (lower.includes('rate') || lower.includes('repurchase')) return 'repurchase';
  return null;
}

export function parseSort(sort: string | null | undefined): SortOrder {
  if (!sort) return RELEVANCE;
  const text = sort.trim();
  if (text.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') {
        for (const [name, direction] of Object.entries(parsed)) {
          const field = fieldOf(name);
          if (field) return { field, descending: String(direction).toLowerCase() !== 'asc' };
        }
      }
    } catch {
      return RELEVANCE;
    }
    return RELEVANCE;
  }
  const field = fieldOf(text);
  return field ? { field, descending: !/asc/i.test(text) } : RELEVANCE;
}
