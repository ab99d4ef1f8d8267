import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBridgeQuery } from '../../bridge/hooks';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';

/** Which account the day's work goes to, and whether PandaPon answers right now. */
export function WorkingAs() {
  const { t } = useTranslation('app');
  const go = useNavigation((state) => state.go);
  const online = useConnection((state) => state.online);
  const info = useBridgeQuery('app.info', {});
  const profile = info.data?.profile ?? null;

  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="working-as-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h5" id="working-as-title">
          {t('home.workingAs')}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text fw={600} size="lg" data-testid="home-profile">
            {profile ? profile.name : info.isPending ? t('loading') : t('home.noProfile')}
          </Text>
          {profile?.demo ? (
            <Badge variant="light" color="grape">
              {t('home.demo')}
            </Badge>
          ) : null}
        </Group>
        {profile?.demo ? (
          <Text size="sm" c="dimmed">
            {t('home.demoHint')}
          </Text>
        ) : null}
        <Group gap="xs">
          <Text size="sm">{t('home.connectionIs')}</Text>
          <Badge color={online ? 'teal' : 'orange'} variant="dot" data-testid="home-online">
            {online ? t('online') : t('offline')}
          </Badge>
        </Group>
        {!online ? (
          <Text size="sm" c="dimmed">
            {t('home.offlineHint')}
          </Text>
        ) : null}
        <Anchor
          component="button"
          type="button"
          size="sm"
          ta="left"
          onClick={() => go({ page: 'settings', section: 'profiles' })}
        >
          {t('home.manageProfiles')}
        </Anchor>
      </Stack>
    </Card>
  );
}
