import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreightOption } from '../../../../shared/bridge/calls/logistics';
import { bridge } from '../../bridge/client';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { BookingForm } from './BookingForm';
import { EstimateForm, type EstimateRequest } from './EstimateForm';
import { FreightOptions } from './FreightOptions';

/** International shipping: a freight estimate per product and destination, then a booking. */
export function LogisticsPage() {
  const { t } = useTranslation('logistics');
  const { t: tApp } = useTranslation('app');
  const online = useConnection((state) => state.online);
  const [request, setRequest] = useState<EstimateRequest | null>(null);
  const [chosen, setChosen] = useState<FreightOption | null>(null);
  const estimate = useMutation({
    mutationFn: (input: EstimateRequest) => bridge.call('logistics.estimate', input),
  });
  const run = (input: EstimateRequest) => {
    setRequest(input);
    setChosen(null);
    estimate.mutate(input);
  };
  const answer = estimate.data;

  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1} size="h2">
          {t('title')}
        </Title>
        <Text c="dimmed">{t('subtitle')}</Text>
      </div>
      {!online ? (
        <Alert color="gray" variant="light" role="status">
          {tApp('offlineBanner')}
        </Alert>
      ) : null}
      <EstimateForm busy={estimate.isPending} onEstimate={run} />
      <Stack gap="sm" component="section" aria-labelledby="options-heading">
        <Group justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4" id="options-heading">
              {t('options.heading')}
            </Title>
          </Group>
          {answer ? (
            <Group>
              <FreshnessBadge answer={answer} />
              <Button
                size="xs"
                variant="default"
                onClick={() => request && estimate.mutate({ ...request, refresh: true })}
              >
                {t('estimate.refresh')}
              </Button>
            </Group>
          ) : null}
        </Group>
        {estimate.isPending ? <LoadingState /> : null}
        {estimate.error ? (
          <ErrorState error={estimate.error} onRetry={() => request && estimate.mutate(request)} />
        ) : null}
        {!request && !estimate.isPending ? (
          <Text c="dimmed" size="sm">
            {t('estimate.idle')}
          </Text>
        ) : null}
        {answer && answer.data.options.length === 0 ? (
          <EmptyState
            icon={<IconTruckDelivery size={26} />}
            title={t('options.emptyTitle')}
            hint={t('options.emptyHint')}
          />
        ) : null}
        {answer && answer.data.options.length > 0 && request ? (
          <>
            <Alert color="yellow" variant="light" title={t('inferred')}>
              {t('options.inferredNote')}
            </Alert>
            <FreightOptions
              country={request.destination.country}
              options={answer.data.options}
              onChoose={setChosen}
            />
          </>
        ) : null}
      </Stack>
      {chosen && request ? (
        <BookingForm
          key={chosen.serviceId}
          request={request}
          option={chosen}
          renderId={answer?.data.renderId ?? null}
          onClose={() => setChosen(null)}
        />
      ) : null}
    </Stack>
  );
}
