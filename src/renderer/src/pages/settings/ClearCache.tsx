import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { useErrorText } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { formatSize } from './format-size';

/**
 * Clears the cached answers after asking. The store keeps orders, the outbox, batches and the
 * index of products seen; the dialog says so before anything is removed.
 */
export function ClearCache() {
  const { t } = useTranslation('settings');
  const client = useQueryClient();
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const clear = useMutation({
    mutationFn: () => bridge.call('store.clearCache', {}),
    onSuccess: () => {
      setAsking(false);
      return client.invalidateQueries({ queryKey: ['store.stats'] });
    },
  });

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          variant="light"
          color="red"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={() => {
            clear.reset();
            setAsking(true);
          }}
        >
          {t('storage.clear')}
        </Button>
        {clear.isSuccess ? (
          <Text size="sm" c="teal" role="status" data-testid="cache-cleared">
            {t('storage.cleared', {
              count: clear.data.removedEntries,
              formatted: formatNumber(clear.data.removedEntries),
              size: formatSize(clear.data.freedBytes),
            })}
          </Text>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('storage.keeps')}
      </Text>

      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('storage.clearTitle')}
        closeButtonProps={{ 'aria-label': t('storage.clearCancel') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('storage.clearBody')}</Text>
          <Text size="sm" fw={500}>
            {t('storage.keeps')}
          </Text>
          {clear.isError ? (
            <Alert color="red" variant="light" role="alert">
              {errorText(clear.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('storage.clearCancel')}
            </Button>
            <Button color="red" loading={clear.isPending} onClick={() => clear.mutate()}>
              {t('storage.clearConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
