import { describe, expect, it } from 'vitest';
import { parseProductLink } from '../../../src/shared/links/parse-product-link';

const TB_ID = '672991141190';
const OFFER_ID = '706627393257';

describe('parseProductLink finds the product in what an agent pastes', () => {
  const products: Array<[string, string, '1688' | 'taobao', string]> = [
    ['1688 desktop page', `https://detail.1688.com/offer/${OFFER_ID}.html`, '1688', OFFER_ID],
    [
      '1688 page with tracking parameters',
      `https://detail.1688.com/offer/${OFFER_ID}.html?spm=a26352.13672862.offerlist.3.68a91e62&cosite=-`,
      '1688',
      OFFER_ID,
    ],
    ['1688 page over http', `http://detail.1688.com/offer/${OFFER_ID}.html`, '1688', OFFER_ID],
    ['1688 page without a scheme', `detail.1688.com/offer/${OFFER_ID}.html`, '1688', OFFER_ID],
    ['1688 mobile page', `https://m.1688.com/offer/${OFFER_ID}.html?sk=consign`, '1688', OFFER_ID],
    [
      '1688 mobile detail app page',
      `https://detail.m.1688.com/page/index.html?offerId=${OFFER_ID}&sortType=`,
      '1688',
      OFFER_ID,
    ],
    [
      '1688 share text from the app',
      `【1688】国潮男装t恤230g重磅短袖 https://detail.1688.com/offer/${OFFER_ID}.html 复制打开`,
      '1688',
      OFFER_ID,
    ],
    ['Taobao desktop page', `https://item.taobao.com/item.htm?id=${TB_ID}`, 'taobao', TB_ID],
    [
      'Taobao page with the id after other parameters',
      `https://item.taobao.com/item.htm?spm=a1z10.3-c.w4002-1.9.2e1f&id=${TB_ID}&ns=1#detail`,
      'taobao',
      TB_ID,
    ],
    [
      'Tmall page',
      `https://detail.tmall.com/item.htm?id=${TB_ID}&skuId=3452545926724`,
      'taobao',
      TB_ID,
    ],
    [
      'Tmall supermarket page',
      `https://chaoshi.detail.tmall.com/item.htm?id=${TB_ID}`,
      'taobao',
      TB_ID,
    ],
    ['Tmall Global page', `https://detail.tmall.hk/hk/item.htm?id=${TB_ID}`, 'taobao', TB_ID],
    ['Tmall mobile page', `https://detail.m.tmall.com/item.htm?id=${TB_ID}`, 'taobao', TB_ID],
    [
      'Taobao international mobile page',
      `https://m.intl.taobao.com/detail/detail.html?id=${TB_ID}`,
      'taobao',
      TB_ID,
    ],
    ['Taobao h5 page', `https://h5.m.taobao.com/awp/core/detail.htm?id=${TB_ID}`, 'taobao', TB_ID],
    ['Taobao old mobile page', `https://a.m.taobao.com/i${TB_ID}.htm`, 'taobao', TB_ID],
    ['Taobao world page', `https://world.taobao.com/item/${TB_ID}.htm`, 'taobao', TB_ID],
    [
      'Taobao page with itemId',
      `https://main.m.taobao.com/security-h5-detail/home?itemId=${TB_ID}`,
      'taobao',
      TB_ID,
    ],
    [
      'Taobao link wrapped by a search redirect',
      `https://www.google.com/url?sa=t&q=${encodeURIComponent(`https://item.taobao.com/item.htm?id=${TB_ID}`)}`,
      'taobao',
      TB_ID,
    ],
    [
      'link wrapped twice by an agent site',
      `https://www.example-agent.com/buy?url=${encodeURIComponent(
        encodeURIComponent(`https://detail.1688.com/offer/${OFFER_ID}.html`),
      )}`,
      '1688',
      OFFER_ID,
    ],
    [
      'link guarded by a chat app',
      `https://weixin110.qq.com/security/readtemplate?t=x&url=${encodeURIComponent(
        `https://detail.tmall.com/item.htm?id=${TB_ID}`,
      )}`,
      'taobao',
      TB_ID,
    ],
    [
      'link in parentheses at the end of a sentence',
      `see (https://item.taobao.com/item.htm?id=${TB_ID}).`,
      'taobao',
      TB_ID,
    ],
  ];

  it.each(products)('reads a %s', (_name, text, platform, id) => {
    expect(parseProductLink(text)).toMatchObject({ kind: 'product', platform, id });
  });

  it('gives the desktop page as the link to open', () => {
    const parsed = parseProductLink(`https://m.1688.com/offer/${OFFER_ID}.html?x=1`);
    expect(parsed).toMatchObject({ url: `https://detail.1688.com/offer/${OFFER_ID}.html` });
  });

  it('takes a bare numeric id without guessing the platform', () => {
    expect(parseProductLink(`  ${TB_ID}\n`)).toEqual({
      kind: 'product',
      platform: null,
      id: TB_ID,
      url: null,
    });
  });
});

describe('parseProductLink leaves short links to the network', () => {
  const shortLinks: Array<[string, string, string]> = [
    ['Taobao short link', 'https://m.tb.cn/h.UvWxYz1', 'https://m.tb.cn/h.UvWxYz1'],
    [
      'Taobao share text',
      '【淘宝】https://m.tb.cn/h.5QwErTy?tk=aBcD0123 CZ3457 「女士连衣裙夏季新款」点击链接直接打开',
      'https://m.tb.cn/h.5QwErTy?tk=aBcD0123',
    ],
    ['1688 QR short link', 'https://qr.1688.com/s/AbCdEf12', 'https://qr.1688.com/s/AbCdEf12'],
    ['short link without a scheme', 'm.tb.cn/h.abc123', 'https://m.tb.cn/h.abc123'],
    [
      'affiliate redirect',
      'https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc',
      'https://s.click.taobao.com/t?e=m%3D2%26s%3Dabc',
    ],
  ];

  it.each(shortLinks)('returns a %s for resolving', (_name, text, url) => {
    expect(parseProductLink(text)).toEqual({ kind: 'short-link', url });
  });

  it('prefers a full product link over a short link in the same text', () => {
    const text = `https://m.tb.cn/h.abc or https://item.taobao.com/item.htm?id=${TB_ID}`;
    expect(parseProductLink(text)).toMatchObject({ kind: 'product', id: TB_ID });
  });
});

describe('parseProductLink ignores what is not a product', () => {
  it.each([
    ['an empty paste', '   '],
    ['plain search words', '女士连衣裙 夏季'],
    ['a shop page', 'https://shop1234567.1688.com/page/offerlist.htm'],
    ['a Taobao search page', 'https://s.taobao.com/search?q=dress'],
    ['another site', `https://example.com/item.htm?id=${TB_ID}`],
    ['a too short number', '12345'],
    ['a broken URL', 'https://detail.1688.com:99999/offer/1.html'],
  ])('finds nothing in %s', (_name, text) => {
    expect(parseProductLink(text)).toEqual({ kind: 'none' });
  });
});
