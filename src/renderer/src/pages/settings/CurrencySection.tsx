import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISPLAY_CURRENCIES,
  MAX_CACHE_MB,
  MIN_CACHE_MB,
  type AppSettings,
  type DisplayCurrency,
} from '../../../../shared/bridge/calls/settings';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatAmount, formatNumber } from '../../i18n/format';

const MIB = 1024 * 1024;

/** Display currency with the user's own rate and its date, and the cache size limit. */
export function CurrencySection() {
  const settings = useBridgeQuery('settings.get', {}, { staleTime: Infinity });
  if (settings.isPending) return <LoadingState />;
  if (settings.isError) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return <CurrencyForm saved={settings.data} />;
}

function CurrencyForm({ saved }: { saved: AppSettings }) {
  const { t } = useTranslation('product');
  const client = useQueryClient();
  const errorText = useErrorText();
  const stats = useBridgeQuery('store.stats', {}, { retry: false });
  const [code, setCode] = useState<DisplayCurrency>(saved.displayCurrency.code);
  const [rate, setRate] = useState<number | string>(saved.displayCurrency.perCny);
  const [rateDate, setRateDate] = useState(saved.displayCurrency.rateDate ?? '');
  const [cacheMb, setCacheMb] = useState<number | string>(saved.cache.maxMb);

  const save = useMutation({
    mutationFn: (change: Parameters<typeof bridge.call<'settings.update'>>[1]) =>
      bridge.call('settings.update', change),
    onSuccess: (next: AppSettings) => client.setQueryData(['settings.get', {}], next),
  });

  // The cap is kept in settings.json (the default for every profile) and passed to the active
  // profile's store, which applies it at once.
  const saveCap = useMutation({
    mutationFn: async (maxMb: number) => {
      const next = await bridge.call('settings.update', { cache: { maxMb } });
      client.setQueryData(['settings.get', {}], next);
      await bridge.call('store.setCacheCap', { capBytes: maxMb * MIB }).catch(() => undefined);
      await client.invalidateQueries({ queryKey: ['store.stats'] });
      return next;
    },
  });

  const perCny = typeof rate === 'number' ? rate : Number(rate);
  const rateValid = code === 'CNY' || (Number.isFinite(perCny) && perCny > 0);
  const dateValid = rateDate === '' || /^\d{4}-\d{2}-\d{2}$/.test(rateDate);
  const cacheValue = typeof cacheMb === 'number' ? cacheMb : Number(cacheMb);

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" id="currency-hint">
        {t('currency.hint')}
      </Text>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <Select
          label={t('currency.code')}
          w={140}
          allowDeselect={false}
          searchable
          value={code}
          onChange={(value) => value && setCode(value as DisplayCurrency)}
          data={[...DISPLAY_CURRENCIES]}
          aria-describedby="currency-hint"
        />
        <NumberInput
          label={t('currency.rate', { code })}
          w={200}
          min={0}
          decimalScale={6}
          disabled={code === 'CNY'}
          value={code === 'CNY' ? 1 : rate}
          onChange={setRate}
          error={rateValid ? undefined : t('currency.rateInvalid')}
        />
        <TextInput
          label={t('currency.rateDate')}
          type="date"
          w={180}
          disabled={code === 'CNY'}
          value={rateDate}
          onChange={(event) => setRateDate(event.currentTarget.value)}
        />
      </Group>
      {code !== 'CNY' && rateValid ? (
        <Text size="sm">{t('currency.example', { amount: formatAmount(100 * perCny, code) })}</Text>
      ) : null}
      <Group gap="sm">
        <Button
          disabled={!rateValid || !dateValid}
          loading={save.isPending}
          onClick={() =>
            save.mutate({
              displayCurrency: {
                code,
                perCny: code === 'CNY' ? 1 : perCny,
                rateDate: code === 'CNY' || rateDate === '' ? null : rateDate,
              },
            })
          }
        >
          {t('currency.save')}
        </Button>
        {save.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t('currency.saved')}
          </Text>
        ) : null}
        {save.isError ? (
          <Text size="sm" c="red" role="alert">
            {errorText(save.error)}
          </Text>
        ) : null}
      </Group>

      <Text fw={600} mt="sm">
        {t('currency.cacheTitle')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('currency.cacheSize')}
          description={t('currency.cacheHint')}
          w={260}
          min={MIN_CACHE_MB}
          max={MAX_CACHE_MB}
          allowDecimal={false}
          value={cacheMb}
          onChange={setCacheMb}
        />
        <Button
          variant="light"
          disabled={!Number.isInteger(cacheValue) || cacheValue < MIN_CACHE_MB || cacheValue > MAX_CACHE_MB}
          onClick={() => saveCap.mutate(cacheValue)}
          loading={saveCap.isPending}
        >
          {t('currency.saveCache')}
        </Button>
        {saveCap.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t('currency.saved')}
          </Text>
        ) : null}
      </Group>
      {stats.data ? (
        <Text size="sm" c="dimmed" data-testid="cache-usage">
          {t('currency.cacheUsage', {
            used: formatNumber(Math.round(stats.data.bytes / MIB)),
            cap: formatNumber(Math.round(stats.data.capBytes / MIB)),
            products: formatNumber(stats.data.products),
          })}
        </Text>
      ) : null}
    </Stack>
  );
}
