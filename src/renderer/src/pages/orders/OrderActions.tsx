import { Alert, Button, Code, CopyButton, Group, Modal, Select, Stack, Text } from '@mantine/core';
import {
  IconCopy,
  IconWifiOff,
  IconMessageCircle,
  IconPackageImport,
  IconReceiptRefund,
  IconX,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderDetail } from '../../../../shared/bridge/calls/orders';
import type { Sourced } from '../../../../shared/bridge/sourced';
import { bridge } from '../../bridge/client';
import { useErrorText } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { useNavigation } from '../../stores/navigation';
import { PayPanel } from '../checkout/PayPanel';
import { newClientRef } from '../checkout/place-flow';
import { canRequestAftersales } from './order-filters';
import { PaymentWatchHint } from './PaymentWatchNotices';
import type { PaymentWatch } from './usePaymentWatch';

type CancelReason = 'buyerCancel' | 'sellerGoodsLack' | 'other';

/** Actions that move money (or let the seller keep it): they need PandaPon, never the cache. */
const MONEY_ACTIONS = ['pay', 'cancel', 'confirmReceipt'] as const;
const OFFLINE_REASON_ID = 'order-actions-offline';

/**
 * What the order's status allows: pay, cancel, confirm receipt, chat, after-sales. Offline, the
 * actions that move money stay in view, disabled, with the reason.
 */
export function OrderActions({ order, watch }: { order: OrderDetail; watch: PaymentWatch }) {
  const { t } = useTranslation('orders');
  const errorText = useErrorText();
  const client = useQueryClient();
  const go = useNavigation((state) => state.go);
  const [payRef, setPayRef] = useState(() => newClientRef('pay'));
  const [dialog, setDialog] = useState<'cancel' | 'receipt' | null>(null);
  const [reason, setReason] = useState<CancelReason>('buyerCancel');
  const [done, setDone] = useState<'cancelled' | 'received' | null>(null);
  const ids = { platform: order.platform, orderId: order.id };

  const show = (detail: OrderDetail) => {
    client.setQueryData<Sourced<OrderDetail>>(['orders.detail', ids], {
      data: detail,
      source: 'network',
      fetchedAt: new Date().toISOString(),
      stale: false,
    });
    void client.invalidateQueries({ queryKey: ['orders.list'] });
  };
  const cancel = useMutation({
    mutationFn: () => bridge.call('orders.cancel', { ...ids, reason }),
    onSuccess: (detail) => {
      setDialog(null);
      setDone('cancelled');
      show(detail);
    },
  });
  const receipt = useMutation({
    mutationFn: () => bridge.call('orders.confirmReceipt', ids),
    onSuccess: (detail) => {
      setDialog(null);
      setDone('received');
      show(detail);
    },
  });
  const chat = useMutation({ mutationFn: () => bridge.call('orders.openChat', ids) });
  const failed = cancel.error ?? receipt.error ?? chat.error;
  const allowed = new Set(order.actions);
  const online = useConnection((state) => state.online);
  const offlineBlocks = !online && MONEY_ACTIONS.some((action) => allowed.has(action));
  const offlineProps = online
    ? {}
    : ({ disabled: true, 'aria-describedby': OFFLINE_REASON_ID } as const);

  return (
    <Stack gap="sm" component="section" aria-label={t('actions.label')}>
      {allowed.has('pay') ? (
        <PayPanel
          platform={order.platform}
          orderIds={[order.id]}
          payRef={payRef}
          onFailed={() => setPayRef(newClientRef('pay'))}
          offlineReasonId={OFFLINE_REASON_ID}
        />
      ) : null}
      {allowed.has('pay') ? <PaymentWatchHint watch={watch} single /> : null}
      <Group gap="sm">
        {allowed.has('cancel') ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconX size={16} />}
            {...offlineProps}
            onClick={() => setDialog('cancel')}
          >
            {t('actions.cancel')}
          </Button>
        ) : null}
        {allowed.has('confirmReceipt') ? (
          <Button
            leftSection={<IconPackageImport size={16} />}
            {...offlineProps}
            onClick={() => setDialog('receipt')}
          >
            {t('actions.confirmReceipt')}
          </Button>
        ) : null}
        {allowed.has('chat') ? (
          <Button
            variant="light"
            leftSection={<IconMessageCircle size={16} />}
            loading={chat.isPending}
            onClick={() => chat.mutate()}
          >
            {t('actions.chat')}
          </Button>
        ) : null}
        {canRequestAftersales(order.status) ? (
          <Button
            variant="light"
            color="grape"
            leftSection={<IconReceiptRefund size={16} />}
            onClick={() => go({ page: 'aftersales', orderId: order.id, platform: order.platform })}
          >
            {t('actions.aftersales')}
          </Button>
        ) : null}
      </Group>
      {offlineBlocks ? (
        <Group gap={6} wrap="nowrap">
          <IconWifiOff size={16} color="var(--mantine-color-orange-8)" aria-hidden />
          <Text size="sm" c="orange.9" id={OFFLINE_REASON_ID}>
            {t('actions.offline')}
          </Text>
        </Group>
      ) : null}
      {done ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => setDone(null)}>
          {t(`actions.${done}`)}
        </Alert>
      ) : null}
      {chat.data && !chat.data.opened && chat.data.url ? (
        <Alert color="yellow" role="status">
          <Stack gap="xs">
            <Text size="sm">{t('actions.chatNotOpened')}</Text>
            <Code block style={{ wordBreak: 'break-all' }}>
              {chat.data.url}
            </Code>
            <CopyButton value={chat.data.url}>
              {({ copied, copy }) => (
                <Button
                  size="xs"
                  variant="subtle"
                  leftSection={<IconCopy size={14} />}
                  onClick={copy}
                  w="fit-content"
                >
                  {copied ? t('detail.copied') : t('actions.copyLink')}
                </Button>
              )}
            </CopyButton>
          </Stack>
        </Alert>
      ) : null}
      {failed && !dialog ? (
        <Alert
          color="red"
          role="alert"
          withCloseButton
          onClose={() => (cancel.reset(), receipt.reset(), chat.reset())}
        >
          {errorText(failed)}
        </Alert>
      ) : null}

      <Modal
        opened={dialog === 'cancel'}
        onClose={() => setDialog(null)}
        title={t('actions.cancelTitle', { id: order.id })}
        centered
      >
        <Stack>
          <Text size="sm">{t('actions.cancelBody')}</Text>
          <Select
            label={t('actions.cancelReason')}
            allowDeselect={false}
            value={reason}
            onChange={(value) => value && setReason(value as CancelReason)}
            data={(['buyerCancel', 'sellerGoodsLack', 'other'] as const).map((value) => ({
              value,
              label: t(`actions.reasons.${value}`),
            }))}
          />
          {cancel.isError ? (
            <Alert color="red" role="alert">
              {errorText(cancel.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('actions.keepOrder')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              {...offlineProps}
              onClick={() => cancel.mutate()}
            >
              {t('actions.confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal
        opened={dialog === 'receipt'}
        onClose={() => setDialog(null)}
        title={t('actions.receiptTitle', { id: order.id })}
        centered
      >
        <Stack>
          <Text size="sm">{t('actions.receiptBody')}</Text>
          {receipt.isError ? (
            <Alert color="red" role="alert">
              {errorText(receipt.error)}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDialog(null)}>
              {t('actions.notYet')}
            </Button>
            <Button loading={receipt.isPending} {...offlineProps} onClick={() => receipt.mutate()}>
              {t('actions.confirmReceiptButton')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
