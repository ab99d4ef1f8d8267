import { Group, SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconFileSpreadsheet, IconPackage, IconShoppingCart } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, type PageName } from '../../stores/navigation';

interface Shortcut {
  readonly page: Extract<PageName, 'cart' | 'orders' | 'batch'>;
  readonly icon: ReactNode;
}

const SHORTCUTS: readonly Shortcut[] = [
  { page: 'cart', icon: <IconShoppingCart size={22} /> },
  { page: 'orders', icon: <IconPackage size={22} /> },
  { page: 'batch', icon: <IconFileSpreadsheet size={22} /> },
];

/** The day's other starting points: the carts, the orders, a spreadsheet of lines. */
export function Shortcuts() {
  const { t } = useTranslation('app');
  const go = useNavigation((state) => state.go);
  return (
    <nav aria-label={t('home.shortcuts')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {SHORTCUTS.map(({ page, icon }) => (
          <UnstyledButton
            key={page}
            onClick={() => go({ page })}
            aria-label={t(`home.shortcut.${page}.title`)}
            p="md"
            aria-describedby={`shortcut-${page}-hint`}
            style={{
              border: '1px solid var(--mantine-color-default-border)',
              borderRadius: 'var(--mantine-radius-md)',
            }}
            className="home-shortcut"
          >
            <Group gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                {icon}
              </ThemeIcon>
              <Stack gap={2} miw={0}>
                <Text fw={600}>{t(`home.shortcut.${page}.title`)}</Text>
                <Text size="sm" c="dimmed" id={`shortcut-${page}-hint`}>
                  {t(`home.shortcut.${page}.hint`)}
                </Text>
              </Stack>
            </Group>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </nav>
  );
}
