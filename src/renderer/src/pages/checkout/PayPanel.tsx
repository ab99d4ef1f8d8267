import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCopy, IconCreditCard, IconExternalLink } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../../../../shared/bridge/calls/catalog';
import type { PayOutcome } from '../../../../shared/bridge/calls/orders';
import { bridge } from '../../bridge/client';
import { useErrorText } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { usePaymentWatchStore } from '../orders/payment-watch-store';

export type PayView = 'paid' | 'submitted' | 'checking' | 'failed' | 'opened' | 'link' | 'none';

/** What the user is told after `orders.pay` answered. */
export function payViewOf(outcome: PayOutcome): PayView {
  if (outcome.paid) return 'paid';
  if (outcome.intent?.state === 'failed') return 'failed';
  if (outcome.intent && outcome.intent.state !== 'done') return 'checking';
  if (outcome.payUrl) return outcome.opened ? 'opened' : 'link';
  return outcome.intent?.state === 'done' ? 'submitted' : 'none';
}

/** Views after which the orders may still become paid: the pages that show them watch them. */
const MAY_BECOME_PAID: ReadonlySet<PayView> = new Set(['opened', 'link', 'checking', 'submitted']);

/**
 * Pays one order (its pay page opens in the system browser) or several 1688 orders at once
 * (one batch submission). The reference makes a repeated press harmless. Offline the button is
 * disabled with the reason, since paying needs PandaPon.
 */
export function PayPanel(props: {
  platform: Platform;
  orderIds: readonly string[];
  payRef: string;
  /** The outbox refused the payment for good: the next press needs a new reference. */
  onFailed?(): void;
  onPaid?(): void;
  /** The id of a reason shown elsewhere for the disabled button; otherwise it is shown here. */
  offlineReasonId?: string;
}) {
  const { t } = useTranslation('orders');
  const errorText = useErrorText();
  const online = useConnection((state) => state.online);
  const sentToPayment = usePaymentWatchStore((state) => state.sentToPayment);
  const pay = useMutation({
    mutationFn: () =>
      bridge.call('orders.pay', {
        platform: props.platform,
        orderIds: [...props.orderIds],
        clientRef: props.payRef,
      }),
    onSuccess: (outcome) => {
      const view = payViewOf(outcome);
      if (view === 'failed') props.onFailed?.();
      if (MAY_BECOME_PAID.has(view)) sentToPayment(props.platform, props.orderIds);
      if (view === 'paid' || view === 'submitted' || view === 'opened') props.onPaid?.();
    },
  });
  const openAgain = useMutation({
    mutationFn: (url: string) => bridge.call('app.openExternal', { url }),
  });
  const outcome = pay.data ?? null;
  const view = outcome ? payViewOf(outcome) : 'none';
  const batch = props.platform === '1688' && props.orderIds.length > 1;
  const finished = view === 'paid' || view === 'submitted';
  const reasonId = props.offlineReasonId ?? `pay-offline-${props.payRef}`;

  return (
    <Stack gap="xs">
      {!finished ? (
        <Group>
          <Button
            leftSection={<IconCreditCard size={18} />}
            loading={pay.isPending}
            disabled={!online}
            aria-describedby={online ? undefined : reasonId}
            onClick={() => pay.mutate()}
          >
            {batch ? t('pay.batch', { count: props.orderIds.length }) : t('pay.button')}
          </Button>
        </Group>
      ) : null}
      {!online && !finished && !props.offlineReasonId ? (
        <Text size="sm" c="orange.8" id={reasonId}>
          {t('pay.offline')}
        </Text>
      ) : null}
      {view === 'paid' ? (
        <Alert color="teal" role="status">
          {t('pay.paid')}
        </Alert>
      ) : null}
      {view === 'submitted' ? (
        <Alert color="teal" role="status">
          {t('pay.submitted')}
        </Alert>
      ) : null}
      {view === 'checking' ? (
        <Alert color="yellow" role="status">
          {t('pay.checking')}
        </Alert>
      ) : null}
      {view === 'failed' && outcome?.intent?.error ? (
        <Alert color="red" role="alert">
          {outcome.intent.error.message}
        </Alert>
      ) : null}
      {(view === 'opened' || view === 'link') && outcome?.payUrl ? (
        <Alert color={view === 'opened' ? 'teal' : 'yellow'} role="status">
          <Stack gap="xs">
            <Text size="sm">{view === 'opened' ? t('pay.opened') : t('pay.notOpened')}</Text>
            {/* Shown also when the browser opened, for a browser that opened behind the app. */}
            <Code block data-testid="pay-url" style={{ wordBreak: 'break-all' }}>
              {outcome.payUrl}
            </Code>
            <Group gap="xs">
              <Button
                size="xs"
                variant="light"
                leftSection={<IconExternalLink size={14} />}
                loading={openAgain.isPending}
                onClick={() => openAgain.mutate(outcome.payUrl!)}
              >
                {t('pay.openAgain')}
              </Button>
              <CopyButton value={outcome.payUrl}>
                {({ copied, copy }) => (
                  <Button
                    size="xs"
                    variant="subtle"
                    leftSection={<IconCopy size={14} />}
                    onClick={copy}
                  >
                    {copied ? t('detail.copied') : t('pay.copyLink')}
                  </Button>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {pay.isError ? (
        <Alert color="red" role="alert">
          {errorText(pay.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
