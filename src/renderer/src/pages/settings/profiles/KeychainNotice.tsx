import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { KeychainStatus } from '../../../../../shared/bridge/calls/profiles';
import { useBridgeQuery } from '../../../bridge/hooks';

type Unavailable = Extract<KeychainStatus, { available: false }>;

function platformKey(platform: string | undefined): 'linux' | 'darwin' | 'win32' {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/**
 * Shown above the profiles when the OS keychain cannot be used: what it means for the user's
 * profiles and what to do on their system. Nothing is shown while it works.
 */
export function KeychainNotice({
  status,
  checking,
  onRecheck,
}: {
  status: KeychainStatus;
  checking: boolean;
  onRecheck(): void;
}) {
  const { t } = useTranslation('profiles');
  const info = useBridgeQuery('app.info', {});

  if (status.available) {
    return status.backend === 'memory' ? (
      <Text size="sm" c="dimmed" role="note">
        {t('keychain.memory')}
      </Text>
    ) : null;
  }

  const problem = (status as Unavailable).problem;
  const advice = t(`keychain.problem.${problem}.${platformKey(info.data?.platform)}`, {
    defaultValue: status.message,
  });
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconKeyOff size={20} />}
      title={t('keychain.title')}
      role="alert"
      data-testid="keychain-notice"
    >
      <Stack gap="xs">
        <Text size="sm">{advice}</Text>
        <Text size="sm" c="dimmed">
          {t('keychain.body')}
        </Text>
        <div>
          <Button size="xs" variant="light" color="orange" loading={checking} onClick={onRecheck}>
            {t('keychain.recheck')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
