import { Badge, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../i18n/format';

/** Version, profile, data folder and log file: what support asks for first. */
export function AboutCard() {
  const { t } = useTranslation('app');
  const info = useBridgeQuery('app.info', {});

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="about-title">
      <Title order={2} size="h5" id="about-title" mb="xs">
        {t('home.aboutTitle')}
      </Title>
      {info.isPending ? <LoadingState /> : null}
      {info.isError ? <ErrorState error={info.error} onRetry={() => void info.refetch()} /> : null}
      {info.data ? (
        <Table
          variant="vertical"
          layout="fixed"
          withRowBorders={false}
          verticalSpacing={4}
          fz="sm"
          aria-label={t('home.aboutTitle')}
        >
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={160}>{t('home.profile')}</Table.Th>
              <Table.Td data-testid="active-profile">
                {info.data.profile ? (
                  <Group gap="xs">
                    <Text size="sm">{info.data.profile.name}</Text>
                    {info.data.profile.demo ? (
                      <Badge variant="light" color="grape" size="sm">
                        {t('home.demo')}
                      </Badge>
                    ) : null}
                  </Group>
                ) : (
                  t('home.noProfile')
                )}
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
  );
}
