import { Alert, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISPLAY_CURRENCIES,
  type AppSettings,
  type DisplayCurrency,
} from '../../../../shared/bridge/calls/settings';
import { bridge } from '../../bridge/client';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatAmount } from '../../i18n/format';

const DAY_MS = 86_400_000;
const OLD_RATE_DAYS = 30;

/** Today in the user's time zone, as the date input writes it. */
function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Display currency with the user's own rate and the day it was taken. */
export function CurrencySection() {
  const client = useQueryClient();
  const settings = useBridgeQuery('settings.get', {}, { staleTime: Infinity });
  // Another window (or the cache limit in Storage) may change settings; keep this one current.
  const adopt = useCallback(
    (next: AppSettings) => client.setQueryData(['settings.get', {}], next),
    [client],
  );
  useBridgeEvent('settings.changed', adopt);

  if (settings.isPending) return <LoadingState />;
  if (settings.isError)
    return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  return <CurrencyForm saved={settings.data} />;
}

function SavedRate({ saved }: { saved: AppSettings['displayCurrency'] }) {
  const { t, i18n } = useTranslation('settings');
  if (saved.code === 'CNY') return null;
  const rate = formatAmount(saved.perCny, saved.code);
  if (!saved.rateDate) {
    return (
      <Text size="sm" c="dimmed" data-testid="saved-rate">
        {t('currency.rateNoDate', { rate })}
      </Text>
    );
  }
  // Whole calendar days, so a rate taken this morning reads "today", not "9 hours ago".
  const days = Math.round(
    (Date.parse(`${today()}T00:00:00Z`) - Date.parse(`${saved.rateDate}T00:00:00Z`)) / DAY_MS,
  );
  const age = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(-days, 'day');
  return (
    <Stack gap={4}>
      <Text size="sm" c="dimmed" data-testid="saved-rate">
        {t('currency.rateAge', { rate, age })}
      </Text>
      {days > OLD_RATE_DAYS ? (
        <Alert color="orange" variant="light" p="xs" role="status">
          {t('currency.rateOld')}
        </Alert>
      ) : null}
    </Stack>
  );
}

function CurrencyForm({ saved }: { saved: AppSettings }) {
  const { t } = useTranslation('product');
  const { t: tSettings } = useTranslation('settings');
  const client = useQueryClient();
  const errorText = useErrorText();
  const [code, setCode] = useState<DisplayCurrency>(saved.displayCurrency.code);
  const [rate, setRate] = useState<number | string>(saved.displayCurrency.perCny);
  const [rateDate, setRateDate] = useState(saved.displayCurrency.rateDate ?? '');

  const save = useMutation({
    mutationFn: (change: Parameters<typeof bridge.call<'settings.update'>>[1]) =>
      bridge.call('settings.update', change),
    onSuccess: (next: AppSettings) => client.setQueryData(['settings.get', {}], next),
  });

  const perCny = typeof rate === 'number' ? rate : Number(rate);
  const rateValid = code === 'CNY' || (Number.isFinite(perCny) && perCny > 0);
  const dateInFuture = rateDate !== '' && rateDate > today();
  const dateValid = rateDate === '' || (/^\d{4}-\d{2}-\d{2}$/.test(rateDate) && !dateInFuture);
  // A new rate is usually today's: fill the date in unless the user already chose one.
  const changeRate = (value: number | string) => {
    setRate(value);
    if (rateDate === '' || rateDate === saved.displayCurrency.rateDate) setRateDate(today());
  };

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
        {code === 'CNY' ? (
          <Text size="sm" c="dimmed" mt={30}>
            {tSettings('currency.cnyOnly')}
          </Text>
        ) : (
          <>
            <NumberInput
              label={t('currency.rate', { code })}
              w={200}
              min={0}
              decimalScale={6}
              value={rate}
              onChange={changeRate}
              error={rateValid ? undefined : t('currency.rateInvalid')}
            />
            <TextInput
              label={t('currency.rateDate')}
              type="date"
              w={180}
              max={today()}
              value={rateDate}
              onChange={(event) => setRateDate(event.currentTarget.value)}
              error={dateInFuture ? tSettings('currency.rateFuture') : undefined}
            />
          </>
        )}
      </Group>
      {code !== 'CNY' && rateValid ? (
        <Text size="sm">{t('currency.example', { amount: formatAmount(100 * perCny, code) })}</Text>
      ) : null}
      <SavedRate saved={saved.displayCurrency} />
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
    </Stack>
  );
}
