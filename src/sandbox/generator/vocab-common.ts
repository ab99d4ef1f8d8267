import type { Word } from './vocab-categories';

/** Words every category shares: title prefixes, styles, colours and sizes. */

export const prefixes: readonly Word[] = [
  ['2024新款', '2024 New'],
  ['2025新款', '2025 New'],
  ['爆款', 'Hot Selling'],
  ['跨境', 'Cross-Border'],
  ['厂家直销', 'Factory Direct'],
  ['ins风', 'INS Style'],
  ['网红', 'Trending'],
  ['', ''],
];

export const styles: readonly Word[] = [
  ['韩版', 'Korean Style'],
  ['日系', 'Japanese Style'],
  ['简约', 'Minimalist'],
  ['复古', 'Vintage'],
  ['国潮', 'Chinese Trend'],
  ['百搭', 'Versatile'],
  ['高级感', 'Premium'],
  ['可爱', 'Cute'],
  ['商务', 'Business'],
  ['休闲', 'Casual'],
];

export interface Colour {
  readonly zh: string;
  readonly en: string;
  readonly rgb: readonly [number, number, number];
}

export const colours: readonly Colour[] = [
  { zh: '黑色', en: 'Black', rgb: [24, 24, 28] },
  { zh: '白色', en: 'White', rgb: [242, 242, 238] },
  { zh: '红色', en: 'Red', rgb: [210, 40, 45] },
  { zh: '蓝色', en: 'Blue', rgb: [40, 90, 200] },
  { zh: '粉色', en: 'Pink', rgb: [240, 150, 180] },
  { zh: '灰色', en: 'Grey', rgb: [135, 135, 140] },
  { zh: '绿色', en: 'Green', rgb: [50, 150, 80] },
  { zh: '黄色', en: 'Yellow', rgb: [245, 210, 50] },
  { zh: '紫色', en: 'Purple', rgb: [130, 70, 170] },
  { zh: '卡其色', en: 'Khaki', rgb: [190, 170, 120] },
  { zh: '米白色', en: 'Beige', rgb: [235, 225, 200] },
  { zh: '藏青色', en: 'Navy', rgb: [30, 40, 90] },
  { zh: '橙色', en: 'Orange', rgb: [240, 130, 40] },
  { zh: '咖啡色', en: 'Brown', rgb: [110, 70, 45] },
];

export const clothingSizes = ['S', 'M', 'L', 'XL', '2XL', '3XL'] as const;
export const shoeSizes = ['35', '36', '37', '38', '39', '40', '41', '42', '43', '44'] as const;
export const capacities: readonly Word[] = [
  ['小号', 'Small'],
  ['中号', 'Medium'],
  ['大号', 'Large'],
  ['特大号', 'Extra Large'],
];
export const models: readonly Word[] = [
  ['标准版', 'Standard'],
  ['升级版', 'Upgraded'],
  ['Pro版', 'Pro'],
  ['豪华版', 'Deluxe'],
];

/** Syllables for seller and shop names. */
export const placeNames: readonly Word[] = [
  ['义乌', 'Yiwu'],
  ['广州', 'Guangzhou'],
  ['深圳', 'Shenzhen'],
  ['杭州', 'Hangzhou'],
  ['汕头', 'Shantou'],
  ['温州', 'Wenzhou'],
  ['泉州', 'Quanzhou'],
  ['东莞', 'Dongguan'],
  ['宁波', 'Ningbo'],
  ['金华', 'Jinhua'],
];
export const tradeNames: readonly Word[] = [
  ['鑫源', 'Xinyuan'],
  ['恒达', 'Hengda'],
  ['佳美', 'Jiamei'],
  ['宏图', 'Hongtu'],
  ['优品', 'Youpin'],
  ['锦绣', 'Jinxiu'],
  ['华盛', 'Huasheng'],
  ['新禾', 'Xinhe'],
  ['博远', 'Boyuan'],
  ['天成', 'Tiancheng'],
  ['盛世', 'Shengshi'],
  ['乐购', 'Legou'],
];
export const companyKinds: readonly Word[] = [
  ['贸易有限公司', 'Trading Co., Ltd.'],
  ['服饰有限公司', 'Apparel Co., Ltd.'],
  ['电子商务有限公司', 'E-commerce Co., Ltd.'],
  ['工艺品厂', 'Crafts Factory'],
  ['日用品有限公司', 'Daily Goods Co., Ltd.'],
];
export const shopKinds: readonly Word[] = [
  ['旗舰店', 'Flagship Store'],
  ['专营店', 'Specialty Store'],
  ['小铺', 'Shop'],
  ['工厂店', 'Factory Store'],
];
