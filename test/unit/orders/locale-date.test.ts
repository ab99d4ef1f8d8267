import { describe, expect, it } from 'vitest';
import {
  datePlaceholder,
  formatIsoDate,
  parseLocaleDate,
} from '../../../src/renderer/src/pages/orders/locale-date';

describe('dates in the order filters, as the app language writes them', () => {
  it('shows a day in each language’s order, with Thai Buddhist years', () => {
    expect(formatIsoDate('2026-03-05', 'en')).toBe('03/05/2026');
    expect(formatIsoDate('2026-03-05', 'zh-CN')).toBe('2026/03/05');
    expect(formatIsoDate('2026-03-05', 'th')).toBe('05/03/2569');
    expect(formatIsoDate('', 'en')).toBe('');
  });

  it('shows the expected order of the parts as the empty field’s placeholder', () => {
    const names = { year: 'YYYY', month: 'MM', day: 'DD' };
    expect(datePlaceholder('en', names)).toBe('MM/DD/YYYY');
    expect(datePlaceholder('zh-CN', { year: '年', month: '月', day: '日' })).toBe('年/月/日');
    expect(datePlaceholder('th', names)).toBe('DD/MM/YYYY');
  });

  it('reads back what it shows, in every language', () => {
    for (const locale of ['en', 'zh-CN', 'th']) {
      expect(parseLocaleDate(formatIsoDate('2026-12-31', locale), locale)).toBe('2026-12-31');
    }
  });

  it('reads the same typed digits per language: month first in English, day first in Thai', () => {
    expect(parseLocaleDate('3/5/2026', 'en')).toBe('2026-03-05');
    expect(parseLocaleDate('3/5/2569', 'th')).toBe('2026-05-03');
    expect(parseLocaleDate('3.5.2026', 'th')).toBe('2026-05-03');
    expect(parseLocaleDate('2026年3月5日', 'zh-CN')).toBe('2026-03-05');
    expect(parseLocaleDate('2026-03-05', 'th')).toBe('2026-03-05');
  });

  it('refuses what is not a real day rather than guessing', () => {
    expect(parseLocaleDate('02/30/2026', 'en')).toBeNull();
    expect(parseLocaleDate('13/01/2026', 'en')).toBeNull();
    expect(parseLocaleDate('3/5/26', 'en')).toBeNull();
    expect(parseLocaleDate('yesterday', 'en')).toBeNull();
    expect(parseLocaleDate('1/2', 'zh-CN')).toBeNull();
  });
});
