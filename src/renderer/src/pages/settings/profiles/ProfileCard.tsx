import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconPencil, IconPlugConnected, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ProfileView } from '../../../../../shared/bridge/calls/profiles';
import { ConnectionResult } from './ConnectionResult';
import { useConnectionTests } from './connection-tests';

export interface ProfileCardActions {
  onUse(profile: ProfileView): void;
  onTest(profile: ProfileView): void;
  onEdit(profile: ProfileView): void;
  onDelete(profile: ProfileView): void;
  /** The profile being switched to, so only its button spins. */
  readonly activating: string | null;
}

function Detail({
  label,
  children,
  mono = false,
}: {
  label: string;
  children: string;
  mono?: boolean;
}) {
  return (
    <Stack gap={0} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" ff={mono ? 'monospace' : undefined} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

/** One profile: what it is, whether it is in use, its last connection test and what can be done. */
export function ProfileCard({
  profile,
  actions,
}: {
  profile: ProfileView;
  actions: ProfileCardActions;
}) {
  const { t } = useTranslation('profiles');
  const test = useConnectionTests((state) => state.byProfile[profile.id]);
  const headingId = `profile-${profile.id}-name`;
  const secret = profile.demo
    ? t('secretBuiltIn')
    : profile.secretHint
      ? t('secretSaved', { hint: profile.secretHint })
      : t('secretMissing');

  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      component="li"
      aria-labelledby={headingId}
      data-testid="profile-card"
      style={profile.active ? { borderColor: 'var(--mantine-color-orange-5)' } : undefined}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Group gap="xs">
            <Text fw={600} id={headingId}>
              {profile.name}
            </Text>
            {profile.demo ? (
              <Badge variant="light" color="grape">
                {t('demo')}
              </Badge>
            ) : null}
            {profile.active ? (
              <Badge variant="filled" leftSection={<IconCheck size={12} aria-hidden />}>
                {t('active')}
              </Badge>
            ) : null}
          </Group>
          <Group gap="xs">
            {!profile.active ? (
              <Button
                size="xs"
                onClick={() => actions.onUse(profile)}
                loading={actions.activating === profile.id}
                aria-label={t('actions.useNamed', { name: profile.name })}
              >
                {t('actions.use')}
              </Button>
            ) : null}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlugConnected size={14} aria-hidden />}
              onClick={() => actions.onTest(profile)}
              loading={test?.running}
              aria-label={t('actions.testNamed', { name: profile.name })}
            >
              {t('actions.test')}
            </Button>
            {!profile.demo ? (
              <>
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => actions.onEdit(profile)}
                  aria-label={t('actions.editNamed', { name: profile.name })}
                >
                  {t('actions.edit')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => actions.onDelete(profile)}
                  aria-label={t('actions.deleteNamed', { name: profile.name })}
                >
                  {t('actions.delete')}
                </Button>
              </>
            ) : null}
          </Group>
        </Group>

        {profile.demo ? (
          <Text size="sm" c="dimmed">
            {t('demoHint')}
          </Text>
        ) : null}

        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
          <Detail label={t('baseUrl')} mono>
            {profile.baseUrl ?? t('baseUrlStarting')}
          </Detail>
          <Detail label={t('accessKey')} mono>
            {profile.accessKey}
          </Detail>
          <Detail label={t('userId')} mono>
            {profile.userId}
          </Detail>
          <Detail label={t('secret')}>{secret}</Detail>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('timestampUnitIs', { unit: t(`unit.${profile.timestampUnit}`) })}
        </Text>

        {test ? <ConnectionResult state={test} profileName={profile.name} /> : null}
      </Stack>
    </Card>
  );
}
