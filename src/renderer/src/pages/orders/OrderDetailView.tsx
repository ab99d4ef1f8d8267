import { Badge, Button, Card, CopyButton, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCopy, IconPackageOff } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import type { OrderDetail } from '../../../../shared/bridge/calls/orders';
import { useBridgeEvent, useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { Price } from '../../components/product/Price';
import { EmptyState, errorInfoOf, ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../i18n/format';
import { useNavigation } from '../../stores/navigation';
import { OrderActions } from './OrderActions';
import { OrderAddressCard } from './OrderAddressCard';
import { STATUS_COLOURS } from './order-filters';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderTimeline } from './OrderTimeline';
import { ParcelTraces } from './ParcelTraces';
import { PaidNotices } from './PaymentWatchNotices';
import { usePaymentWatch } from './usePaymentWatch';

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h5" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

/** One order: lines, amounts, address, status history, parcels, and what can be done now. */
export function OrderDetailView({ platform, orderId }: { platform: Platform; orderId: string }) {
  const { t } = useTranslation('orders');
  const client = useQueryClient();
  const go = useNavigation((state) => state.go);
  const answer = useBridgeQuery('orders.detail', { platform, orderId });
  const onChanged = useCallback(() => {
    void client.invalidateQueries({ queryKey: ['orders.detail', { platform, orderId }] });
  }, [client, platform, orderId]);
  useBridgeEvent('orders.changed', onChanged);
  const unpaid = answer.data?.data.status === 'awaiting_payment';
  const watch = usePaymentWatch(unpaid ? [{ platform, orderId }] : []);

  const back = (
    <Button
      variant="subtle"
      leftSection={<IconArrowLeft size={16} />}
      onClick={() => go({ page: 'orders' })}
      w="fit-content"
    >
      {t('detail.back')}
    </Button>
  );
  if (answer.isPending) return <LoadingState />;
  if (answer.isError) {
    return (
      <Stack>
        {back}
        {errorInfoOf(answer.error).code === 'not_found' ? (
          <EmptyState title={t('detail.notFound')} icon={<IconPackageOff size={26} />} />
        ) : (
          <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
        )}
      </Stack>
    );
  }
  const order = answer.data.data;
  return (
    <Stack gap="md">
      {back}
      <PaidNotices />
      <OrderHeader order={order} answer={answer.data} />
      <OrderActions order={order} watch={watch} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Section title={t('detail.lines')} id="order-lines">
              <OrderLinesTable lines={order.lines} />
            </Section>
            <Section title={t('detail.traces')} id="order-traces">
              {order.status === 'awaiting_payment' || order.status === 'cancelled' ? (
                <Text size="sm" c="dimmed">
                  {t('detail.tracesNone')}
                </Text>
              ) : (
                <ParcelTraces platform={platform} orderId={orderId} />
              )}
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Section title={t('detail.amounts')} id="order-amounts">
              <Stack gap={4} data-testid="order-amounts">
                {(
                  [
                    ['goods', order.goodsFen],
                    ['freight', order.freightFen],
                    ['total', order.totalFen],
                  ] as const
                ).map(([key, fen]) => (
                  <Group key={key} justify="space-between">
                    <Text size="sm" fw={key === 'total' ? 700 : 400}>
                      {t(`detail.${key}`)}
                    </Text>
                    <Price fen={fen} size={key === 'total' ? 'md' : 'sm'} />
                  </Group>
                ))}
              </Stack>
            </Section>
            <Section title={t('detail.address')} id="order-address">
              <OrderAddressCard address={order.address} />
            </Section>
            <Section title={t('detail.timeline')} id="order-timeline">
              <OrderTimeline steps={order.timeline} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function OrderHeader({
  order,
  answer,
}: {
  order: OrderDetail;
  answer: Parameters<typeof FreshnessBadge>[0]['answer'];
}) {
  const { t } = useTranslation('orders');
  return (
    <Stack gap={6}>
      <Group gap="sm" wrap="wrap">
        <Title order={1} size="h3">
          {t('detail.heading', { id: order.id })}
        </Title>
        <CopyButton value={order.id}>
          {({ copied, copy }) => (
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconCopy size={14} />}
              onClick={copy}
            >
              {copied ? t('detail.copied') : t('detail.copyId')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Group gap="xs" wrap="wrap">
        <Badge variant="outline" color="gray">
          {order.platform === '1688' ? '1688' : 'Taobao'}
        </Badge>
        <Badge variant="filled" color={STATUS_COLOURS[order.status]} data-testid="order-status">
          {t(`status.${order.status}`)}
        </Badge>
        <FreshnessBadge answer={answer} />
        <Text size="sm" c="dimmed">
          {[
            order.sellerName ? `${t('detail.seller')}: ${order.sellerName}` : null,
            order.createdAt
              ? t('detail.placedAt', { date: formatDateTime(order.createdAt) })
              : null,
            order.paidAt ? t('detail.paidAt', { date: formatDateTime(order.paidAt) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('detail.rawStatus', { status: order.rawStatus || '—' })}
        {order.remark ? ` · ${t('detail.remark')}: ${order.remark}` : ''}
      </Text>
    </Stack>
  );
}
