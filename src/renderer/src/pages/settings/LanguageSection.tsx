import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type LanguageCode } from '../../i18n';

export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" id="language-hint">
        {t('languageHint')}
      </Text>
      <SegmentedControl
        aria-label={t('language')}
        aria-describedby="language-hint"
        value={i18n.language}
        onChange={(value) => void changeLanguage(value as LanguageCode)}
        data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))}
      />
    </Stack>
  );
}
