import type { ComponentType } from 'react';
import { CurrencySection } from './CurrencySection';
import { LanguageSection } from './LanguageSection';
import { ProfilesSection } from './profiles/ProfilesSection';
import { StorageSection } from './StorageSection';

export interface SettingsSection {
  readonly id: string;
  /** i18n key, `namespace:key`. */
  readonly titleKey: string;
  readonly component: ComponentType;
}

/** The settings page's sections, in order. A workflow adds its section here (one line). */
export const settingsSections: readonly SettingsSection[] = [
  { id: 'profiles', titleKey: 'profiles:title', component: ProfilesSection },
  { id: 'language', titleKey: 'settings:language', component: LanguageSection },
  { id: 'currency', titleKey: 'product:currency.title', component: CurrencySection },
  { id: 'storage', titleKey: 'settings:storage.title', component: StorageSection },
];
