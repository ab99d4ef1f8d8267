import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { aftersales } from './aftersales';
import { app } from './app';
import { batch } from './batch';
import { cart } from './cart';
import { orders } from './orders';
import { errors } from './errors';
import { product } from './product';
import { profiles } from './profiles';
import { search } from './search';
import { logistics } from './logistics';
import { settings } from './settings';

/**
 * Each domain keeps its texts in one file (`<domain>.ts`, all three languages side by side) and
 * is one i18next namespace. Register a new domain by adding it to `domains`.
 */
const domains = {
  app,
  errors,
  settings,
  profiles,
  search,
  product,
  batch,
  cart,
  orders,
  aftersales,
  logistics,
} as const;

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'zh-CN', label: '简体中文' },
  { code: 'th', label: 'ไทย' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const STORAGE_KEY = 'pandapon-desk.language';

export function registerTexts(namespace: string, texts: Record<LanguageCode, object>): void {
  for (const { code } of LANGUAGES)
    i18next.addResourceBundle(code, namespace, texts[code], true, true);
}

function initialLanguage(): LanguageCode {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (LANGUAGES.some((language) => language.code === saved)) return saved as LanguageCode;
  const preferred = navigator.language.toLowerCase();
  if (preferred.startsWith('zh')) return 'zh-CN';
  if (preferred.startsWith('th')) return 'th';
  return 'en';
}

export async function initI18n(): Promise<void> {
  const resources: Record<string, Record<string, object>> = {};
  for (const { code } of LANGUAGES) {
    resources[code] = {};
    for (const [namespace, texts] of Object.entries(domains)) {
      resources[code][namespace] = texts[code];
    }
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    ns: Object.keys(domains),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

export async function changeLanguage(code: LanguageCode): Promise<void> {
  localStorage.setItem(STORAGE_KEY, code);
  await i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
