import { Button, CopyButton, Group, Stack, Text, Timeline } from '@mantine/core';
import { IconCopy, IconTruck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../i18n/format';

/** Each parcel's waybill and its tracking events, newest first. */
export function ParcelTraces({ platform, orderId }: { platform: Platform; orderId: string }) {
  const { t } = useTranslation('orders');
  const answer = useBridgeQuery('orders.traces', { platform, orderId });
  if (answer.isPending) return <LoadingState />;
  if (answer.isError)
    return <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />;
  const parcels = answer.data.data;
  if (parcels.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.tracesNone')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="parcels">
      <Group>
        <FreshnessBadge answer={answer.data} />
      </Group>
      {parcels.map((parcel, index) => (
        <Stack key={parcel.waybill ?? index} gap="xs">
          <Group gap="xs">
            <IconTruck size={18} aria-hidden />
            <Text size="sm" fw={600}>
              {[
                parcel.carrier,
                parcel.waybill ? t('detail.waybill', { waybill: parcel.waybill }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {parcel.waybill ? (
              <CopyButton value={parcel.waybill}>
                {({ copied, copy }) => (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconCopy size={12} />}
                    onClick={copy}
                    aria-label={t('detail.copyWaybill', { waybill: parcel.waybill })}
                  >
                    {copied ? t('detail.copied') : null}
                  </Button>
                )}
              </CopyButton>
            ) : null}
          </Group>
          <Timeline active={0} bulletSize={12} lineWidth={2}>
            {[...parcel.events]
              .sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))
              .map((event, eventIndex) => (
                <Timeline.Item key={eventIndex} title={<Text size="sm">{event.text}</Text>}>
                  <Text size="xs" c="dimmed">
                    {[event.at ? formatDateTime(event.at) : null, event.place]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Timeline.Item>
              ))}
          </Timeline>
        </Stack>
      ))}
    </Stack>
  );
}
