import { Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconPackage, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';

/** The first screen: who is signed in, whether PandaPon is reachable, where the data lives. */
export function HomePage() {
  const { t } = useTranslation('app');
  const go = useNavigation((state) => state.go);
  const online = useConnection((state) => state.online);
  const info = useBridgeQuery('app.info', {});

  return (
    <Stack gap="lg" maw={960}>
      <div>
        <Title order={1} size="h2">
          {t('home.title')}
        </Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </div>

      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Button size="md" leftSection={<IconSearch size={18} />} onClick={() => go({ page: 'search' })}>
          {t('home.goSearch')}
        </Button>
        <Button
          size="md"
          variant="light"
          leftSection={<IconFileSpreadsheet size={18} />}
          onClick={() => go({ page: 'batch' })}
        >
          {t('home.goBatch')}
        </Button>
        <Button
          size="md"
          variant="light"
          leftSection={<IconPackage size={18} />}
          onClick={() => go({ page: 'orders' })}
        >
          {t('home.goOrders')}
        </Button>
      </SimpleGrid>

      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="about-title">
        <Title order={2} size="h4" id="about-title" mb="sm">
          {t('home.aboutTitle')}
        </Title>
        {info.isPending ? <LoadingState /> : null}
        {info.isError ? <ErrorState error={info.error} onRetry={() => void info.refetch()} /> : null}
        {info.data ? (
          <Table variant="vertical" layout="fixed" withRowBorders={false} aria-label={t('home.aboutTitle')}>
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180}>{t('home.profile')}</Table.Th>
                <Table.Td data-testid="active-profile">
                  {info.data.profile ? (
                    <Group gap="xs">
                      <Text>{info.data.profile.name}</Text>
                      {info.data.profile.demo ? <Badge variant="light">{t('home.demo')}</Badge> : null}
                    </Group>
                  ) : (
                    t('home.noProfile')
                  )}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.connection')}</Table.Th>
                <Table.Td>
                  <Badge color={online ? 'teal' : 'orange'} variant="dot">
                    {online ? t('online') : t('offline')}
                  </Badge>
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.version')}</Table.Th>
                <Table.Td data-testid="app-version">{info.data.version}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.shell')}</Table.Th>
                <Table.Td>
                  {info.data.shell === 'electron' ? t('home.shellElectron') : t('home.shellBrowser')}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.dataDir')}</Table.Th>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {info.data.dataDir}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.logFile')}</Table.Th>
                <Table.Td ff="monospace" style={{ wordBreak: 'break-all' }}>
                  {info.data.logFile}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th>{t('home.startedAt')}</Table.Th>
                <Table.Td>{formatDateTime(info.data.startedAt)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        ) : null}
      </Card>
    </Stack>
  );
}
