import { Alert, Anchor, Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import { useNavigation } from '../../stores/navigation';
import { watchKey } from '../orders/payment-watch';
import { usePaymentWatchStore } from '../orders/payment-watch-store';
import { PaidNotices, PaymentWatchHint } from '../orders/PaymentWatchNotices';
import { usePaymentWatch } from '../orders/usePaymentWatch';
import { PayPanel } from './PayPanel';

/** The orders a checkout created, and paying them; once sent to payment they are watched. */
export function PlacedOrders(props: {
  platform: Platform;
  orderIds: readonly string[];
  payRef: string;
  onPayFailed(): void;
}) {
  const { t } = useTranslation('orders');
  const go = useNavigation((state) => state.go);
  const count = props.orderIds.length;
  const watch = usePaymentWatch([]);
  const settled = usePaymentWatchStore((state) => state.settled);
  const allPaid =
    count > 0 &&
    props.orderIds.every(
      (orderId) => settled[watchKey({ platform: props.platform, orderId })] === 'paid',
    );
  return (
    <Card withBorder component="section" aria-labelledby="checkout-placed">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCircleCheck size={22} color="var(--mantine-color-teal-6)" aria-hidden />
          <Title order={2} size="h4" id="checkout-placed">
            {count > 1 ? t('checkout.placedMany', { count }) : t('checkout.placed')}
          </Title>
        </Group>
        <Stack gap={4} data-testid="placed-orders">
          {props.orderIds.map((id) => (
            <Group key={id} gap="xs">
              <Anchor
                component="button"
                type="button"
                onClick={() => go({ page: 'orders', orderId: id, platform: props.platform })}
              >
                {t('checkout.orderId', { id })}
              </Anchor>
              <CopyButton value={id}>
                {({ copied, copy }) => (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconCopy size={12} />}
                    onClick={copy}
                  >
                    {copied ? t('detail.copied') : t('detail.copyId')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          ))}
        </Stack>
        <PaidNotices only={props.orderIds} />
        {count === 0 ? (
          <Alert color="yellow" role="status">
            <Text size="sm">{t('pay.checking')}</Text>
          </Alert>
        ) : allPaid ? null : (
          <>
            <PayPanel
              platform={props.platform}
              orderIds={props.orderIds}
              payRef={props.payRef}
              onFailed={props.onPayFailed}
            />
            <PaymentWatchHint watch={watch} single={count === 1} />
          </>
        )}
        <Group>
          <Button variant="default" onClick={() => go({ page: 'orders' })}>
            {t('checkout.viewOrders')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
