/**
 * Finds the spec (1688) or SKU (Taobao) a spreadsheet line means. Customers write either the id
 * or the property text as the shop shows it ("颜色:红色;尺码:M"), sometimes in English
 * ("Color: Red, Size: M") and sometimes values only ("红色 M").
 */
export interface SkuProperty {
  readonly name: string;
  readonly value: string;
  /** Translated name and value, when the product detail carries them. */
  readonly nameTrans?: string;
  readonly valueTrans?: string;
}

export interface SkuOption {
  readonly skuId: string;
  readonly properties: readonly SkuProperty[];
}

export type SkuMatch =
  | { readonly kind: 'matched'; readonly skuId: string }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly string[] }
  | { readonly kind: 'none' };

function norm(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '').trim();
}

/** Splits property text into name/value pairs, or bare values when no names are written. */
export function parsePropertyText(text: string): {
  pairs: Array<{ name: string; value: string }>;
  values: string[];
} {
  const parts = text
    .normalize('NFKC')
    .split(/[;；,，|/\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const pairs: Array<{ name: string; value: string }> = [];
  const values: string[] = [];
  for (const part of parts) {
    const colon = part.search(/[:：=]/);
    if (colon > 0) {
      pairs.push({ name: norm(part.slice(0, colon)), value: norm(part.slice(colon + 1)) });
    } else {
      for (const word of part.split(/\s+/).filter(Boolean)) values.push(norm(word));
    }
  }
  return { pairs, values };
}

function propertyMatchesValue(property: SkuProperty, value: string): boolean {
  return norm(property.value) === value || norm(property.valueTrans ?? '\u0000') === value;
}

function propertyMatchesName(property: SkuProperty, name: string): boolean {
  return norm(property.name) === name || norm(property.nameTrans ?? '\u0000') === name;
}

function optionFitsText(option: SkuOption, text: ReturnType<typeof parsePropertyText>): boolean {
  for (const pair of text.pairs) {
    const named = option.properties.find((property) => propertyMatchesName(property, pair.name));
    const fits = named
      ? propertyMatchesValue(named, pair.value)
      : option.properties.some((property) => propertyMatchesValue(property, pair.value));
    if (!fits) return false;
  }
  return text.values.every((value) =>
    option.properties.some((property) => propertyMatchesValue(property, value)),
  );
}

/**
 * Matches by id first, then by property text. Every property the customer wrote must fit; a text
 * that fits several options (it names only the colour of a colour × size product) is ambiguous
 * and the user chooses.
 */
export function matchSku(options: readonly SkuOption[], wanted: string | undefined): SkuMatch {
  const text = (wanted ?? '').trim();
  if (!text) {
    if (options.length === 1) return { kind: 'matched', skuId: options[0]!.skuId };
    if (options.length === 0) return { kind: 'none' };
    return { kind: 'ambiguous', candidates: options.map((option) => option.skuId) };
  }

  const byId = options.find((option) => option.skuId === text);
  if (byId) return { kind: 'matched', skuId: byId.skuId };

  const parsed = parsePropertyText(text);
  if (parsed.pairs.length === 0 && parsed.values.length === 0) return { kind: 'none' };
  const fitting = options.filter((option) => optionFitsText(option, parsed));
  if (fitting.length === 1) return { kind: 'matched', skuId: fitting[0]!.skuId };
  if (fitting.length === 0) return { kind: 'none' };
  return { kind: 'ambiguous', candidates: fitting.map((option) => option.skuId) };
}

/** "颜色:红色;尺码:M" for display in the lines table and the "choose" list. */
export function describeSku(option: SkuOption, translated = false): string {
  return option.properties
    .map((property) =>
      translated && property.nameTrans && property.valueTrans
        ? `${property.nameTrans}: ${property.valueTrans}`
        : `${property.name}:${property.value}`,
    )
    .join(';');
}
