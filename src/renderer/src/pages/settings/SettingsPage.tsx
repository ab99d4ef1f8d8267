import { Card, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../stores/navigation';
import { settingsSections } from './sections';

export function SettingsPage() {
  const { t } = useTranslation();
  const route = useNavigation((state) => state.route);
  const section = route.page === 'settings' ? route.section : undefined;

  // "Manage profiles…" in the header lands on its section, with focus there for the keyboard.
  useEffect(() => {
    if (!section) return;
    const heading = document.getElementById(`settings-${section}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [section]);

  return (
    <Stack gap="lg" maw={960}>
      <Title order={1} size="h2">
        {t('settings:title')}
      </Title>
      {settingsSections.map((entry) => (
        <Card
          key={entry.id}
          withBorder
          radius="md"
          padding="lg"
          component="section"
          aria-labelledby={`settings-${entry.id}`}
        >
          <Title order={2} size="h4" mb="sm" id={`settings-${entry.id}`} tabIndex={-1}>
            {t(entry.titleKey)}
          </Title>
          <entry.component />
        </Card>
      ))}
    </Stack>
  );
}
