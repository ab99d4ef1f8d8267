import {
  Alert,
  AppShell,
  Badge,
  Burger,
  Group,
  NavLink,
  ScrollArea,
  Select,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type LanguageCode } from './i18n';
import { NoticeCenter } from './components/NoticeCenter';
import { ProfileSwitcher } from './components/ProfileSwitcher';
import { BrandIcon, pages } from './pages/routes';
import { useConnection, watchConnection } from './stores/connection';
import { useNavigation, type PageName } from './stores/navigation';

export function App() {
  const { t, i18n } = useTranslation('app');
  const [navOpen, { toggle: toggleNav }] = useDisclosure();
  const route = useNavigation((state) => state.route);
  const go = useNavigation((state) => state.go);
  const online = useConnection((state) => state.online);

  useEffect(() => watchConnection(), []);

  const Page = pages[route.page].component;
  const navEntries = (Object.entries(pages) as [PageName, (typeof pages)[PageName]][]).filter(
    ([, entry]) => entry.nav,
  );

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.label')}
            />
            <BrandIcon size={26} aria-hidden color="var(--mantine-color-orange-6)" />
            <Title order={2} size="h4">
              {t('productName')}
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <ProfileSwitcher />
            <Badge
              color={online ? 'teal' : 'orange'}
              variant="dot"
              role="status"
              aria-label={online ? t('online') : t('offline')}
            >
              {online ? t('online') : t('offline')}
            </Badge>
            <Select
              aria-label={t('language')}
              w={130}
              size="xs"
              allowDeselect={false}
              value={i18n.language}
              onChange={(value) => value && void changeLanguage(value as LanguageCode)}
              data={LANGUAGES.map((language) => ({ value: language.code, label: language.label }))}
            />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
        <ScrollArea>
          {navEntries.map(([name, entry]) => (
            <NavLink
              key={name}
              component="button"
              label={t(entry.nav!.labelKey)}
              leftSection={entry.nav!.icon}
              active={route.page === name || (name === 'search' && route.page === 'product')}
              aria-current={route.page === name ? 'page' : undefined}
              onClick={() => go({ page: name } as never)}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>

      <AppShell.Main>
        {!online ? (
          <Alert color="orange" icon={<IconWifiOff size={18} />} mb="md" role="status">
            <Text size="sm">{t('offlineBanner')}</Text>
          </Alert>
        ) : null}
        <NoticeCenter />
        {/* AppShell.Main is the page's one main landmark; this region announces page changes. */}
        <div aria-live="polite">
          <Page />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
