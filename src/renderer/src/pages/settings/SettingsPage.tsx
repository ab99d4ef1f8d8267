import { Card, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { settingsSections } from './sections';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} size="h2">
        {t('settings:title')}
      </Title>
      {settingsSections.map((section) => (
        <Card
          key={section.id}
          withBorder
          radius="md"
          padding="lg"
          component="section"
          aria-labelledby={`settings-${section.id}`}
        >
          <Title order={2} size="h4" mb="sm" id={`settings-${section.id}`}>
            {t(section.titleKey)}
          </Title>
          <section.component />
        </Card>
      ))}
    </Stack>
  );
}
