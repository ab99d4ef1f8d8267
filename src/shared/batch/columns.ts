/**
 * The columns a batch spreadsheet can carry, and how a header row maps onto them. Headers come in
 * English or Chinese (agents paste what their customers send), so the guess matches both and
 * the user corrects it in the mapping editor.
 */
export const BATCH_COLUMNS = [
  'product',
  'sku',
  'quantity',
  'customerRef',
  'note',
  'recipient',
  'phone',
  'province',
  'city',
  'district',
  'address',
] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** Column → index of the source column in the file (absent when not mapped). */
export type ColumnMapping = Partial<Record<BatchColumn, number>>;

/** Columns without which no line can be resolved. */
export const REQUIRED_COLUMNS: readonly BatchColumn[] = ['product', 'quantity'];

// Each entry is matched against a normalised header (lower case, no spaces or punctuation).
// Exact synonyms score higher than a header that merely contains one.
const SYNONYMS: Readonly<Record<BatchColumn, readonly string[]>> = {
  product: [
    'product',
    'productlink',
    'link',
    'url',
    'offer',
    'offerid',
    'offermapid',
    'item',
    'itemid',
    'productid',
    'goods',
    '商品',
    '商品链接',
    '链接',
    '商品id',
    '货品',
    '产品',
    '产品链接',
    '网址',
  ],
  sku: [
    'sku',
    'skuid',
    'spec',
    'specid',
    'variant',
    'options',
    'properties',
    'property',
    'attributes',
    '规格',
    '规格id',
    '颜色尺码',
    '属性',
    'sku属性',
    '款式',
    '型号',
  ],
  quantity: ['quantity', 'qty', 'amount', 'count', 'pcs', 'number', '数量', '件数', '购买数量'],
  customerRef: [
    'customerref',
    'customerreference',
    'reference',
    'ref',
    'orderref',
    'ordernumber',
    'orderno',
    'customerorder',
    'clientref',
    '客户单号',
    '客户编号',
    '订单号',
    '单号',
    '参考号',
    '编号',
  ],
  note: ['note', 'notes', 'remark', 'remarks', 'comment', 'message', '备注', '留言', '说明'],
  recipient: ['recipient', 'name', 'consignee', 'fullname', 'receiver', '收货人', '收件人', '姓名'],
  phone: ['phone', 'mobile', 'tel', 'telephone', '电话', '手机', '手机号', '联系电话'],
  province: ['province', 'state', '省', '省份'],
  city: ['city', '市', '城市'],
  district: ['district', 'area', 'county', '区', '区县', '县'],
  address: ['address', 'street', 'shippingaddress', 'addr', '地址', '收货地址', '详细地址', '街道'],
};

export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./:：()（）[\]#*]/g, '');
}

/**
 * Guesses which file column holds which batch column. Each file column is used at most once and
 * exact synonym matches win over partial ones, so "商品链接" beats "商品备注" for `product`.
 */
export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const scored: Array<{ column: BatchColumn; index: number; score: number }> = [];
  headers.forEach((raw, index) => {
    const header = normaliseHeader(raw);
    if (!header) return;
    for (const column of BATCH_COLUMNS) {
      let best = 0;
      for (const synonym of SYNONYMS[column]) {
        if (header === synonym) best = Math.max(best, 100);
        else if (header.includes(synonym)) best = Math.max(best, 10 + synonym.length);
      }
      if (best > 0) scored.push({ column, index, score: best });
    }
  });

  scored.sort((a, b) => b.score - a.score || a.index - b.index);
  const mapping: ColumnMapping = {};
  const usedIndexes = new Set<number>();
  for (const { column, index } of scored) {
    if (mapping[column] !== undefined || usedIndexes.has(index)) continue;
    mapping[column] = index;
    usedIndexes.add(index);
  }
  return mapping;
}

/**
 * A file layout's identity: the normalised headers in order. Two files with the same headers map
 * the same way, so the saved mapping is applied without asking again.
 */
export function headerSignature(headers: readonly string[]): string {
  return headers.map(normaliseHeader).join('|');
}

export function missingRequiredColumns(mapping: ColumnMapping): BatchColumn[] {
  return REQUIRED_COLUMNS.filter((column) => mapping[column] === undefined);
}
