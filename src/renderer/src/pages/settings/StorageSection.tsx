import {
  Button,
  Code,
  CopyButton,
  Group,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_CACHE_MB, MIN_CACHE_MB } from '../../../../shared/bridge/calls/settings';
import type { StoreStats } from '../../../../shared/bridge/calls/store';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { ClearCache } from './ClearCache';
import { formatSize } from './format-size';

const MIB = 1024 * 1024;

/** Settings → Storage: what the local store holds, its size limit, clearing it, where it lives. */
export function StorageSection() {
  const { t } = useTranslation('settings');
  const stats = useBridgeQuery('store.stats', {});
  const info = useBridgeQuery('app.info', {});

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('storage.hint')}
      </Text>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.isError ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <CacheUsage stats={stats.data} />
      )}
      {stats.data ? <CacheCap capBytes={stats.data.capBytes} /> : null}
      {stats.data ? <ClearCache /> : null}

      {info.data ? (
        <Stack gap={4}>
          <Text size="sm" fw={500} id="data-folder-label">
            {t('storage.dataDir')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('storage.dataDirHint')}
          </Text>
          <Group gap="xs" wrap="nowrap" align="center">
            <Code
              aria-labelledby="data-folder-label"
              data-testid="data-folder"
              style={{ overflowWrap: 'anywhere', flex: 1 }}
              block
            >
              {info.data.dataDir}
            </Code>
            <CopyButton value={info.data.dataDir}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="default"
                  onClick={copy}
                  aria-label={t('storage.copyDataDir')}
                >
                  {copied ? t('storage.copied') : t('storage.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
      ) : null}
    </Stack>
  );
}

function CacheUsage({ stats }: { stats: StoreStats }) {
  const { t, i18n } = useTranslation('settings');
  const share = stats.capBytes > 0 ? Math.min(100, (stats.bytes / stats.capBytes) * 100) : 0;
  const used = formatSize(stats.bytes);
  const cap = formatSize(stats.capBytes);
  return (
    <Stack gap={6}>
      <Group justify="space-between">
        <Text size="sm" fw={500} id="cache-usage-label">
          {t('storage.used')}
        </Text>
        <Text size="sm" data-testid="cache-usage">
          {t('storage.usage', { used, cap })}
        </Text>
      </Group>
      <Progress
        value={share}
        color={share > 90 ? 'orange' : 'teal'}
        aria-labelledby="cache-usage-label"
        aria-valuetext={t('storage.usage', { used, cap })}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
        <Text size="xs" c="dimmed" data-testid="cache-entries">
          {t('storage.entries', { count: stats.entries, formatted: formatNumber(stats.entries) })}
        </Text>
        <Text size="xs" c="dimmed">
          {t('storage.products', {
            count: stats.products,
            formatted: formatNumber(stats.products),
          })}
        </Text>
        <Text size="xs" c="dimmed">
          {stats.hitRate === null
            ? t('storage.hitRateNone')
            : t('storage.hitRate', {
                rate: new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(
                  stats.hitRate,
                ),
              })}
        </Text>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * The size limit is kept in settings.json (the default for every profile) and handed to the
 * active profile's store, which applies it at once.
 */
function CacheCap({ capBytes }: { capBytes: number }) {
  const { t } = useTranslation('settings');
  const client = useQueryClient();
  const errorText = useErrorText();
  const [mb, setMb] = useState<number | string>(Math.round(capBytes / MIB));
  const value = typeof mb === 'number' ? mb : Number(mb);
  const valid = Number.isInteger(value) && value >= MIN_CACHE_MB && value <= MAX_CACHE_MB;

  const save = useMutation({
    mutationFn: async (maxMb: number) => {
      const settings = await bridge.call('settings.update', { cache: { maxMb } });
      client.setQueryData(['settings.get', {}], settings);
      const stats = await bridge.call('store.setCacheCap', { capBytes: maxMb * MIB });
      client.setQueryData(['store.stats', {}], stats);
    },
  });

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <NumberInput
        label={t('storage.cap')}
        description={t('storage.capHint', {
          min: formatNumber(MIN_CACHE_MB),
          max: formatNumber(MAX_CACHE_MB),
        })}
        w={{ base: '100%', sm: 460 }}
        min={MIN_CACHE_MB}
        max={MAX_CACHE_MB}
        step={50}
        allowDecimal={false}
        thousandSeparator
        value={mb}
        onChange={setMb}
        error={
          valid
            ? undefined
            : t('storage.capInvalid', {
                min: formatNumber(MIN_CACHE_MB),
                max: formatNumber(MAX_CACHE_MB),
              })
        }
      />
      <Button
        variant="light"
        disabled={!valid}
        loading={save.isPending}
        onClick={() => save.mutate(value)}
      >
        {t('storage.saveCap')}
      </Button>
      {save.isSuccess ? (
        <Text size="sm" c="teal" role="status">
          {t('storage.saved')}
        </Text>
      ) : null}
      {save.isError ? (
        <Text size="sm" c="red" role="alert">
          {errorText(save.error)}
        </Text>
      ) : null}
    </Group>
  );
}
