import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useConnection } from '../../stores/connection';
import { formatClock } from './locale-date';
import { usePaymentWatchStore } from './payment-watch-store';
import type { PaymentWatch } from './usePaymentWatch';

/** "Order … is paid", once per order, until dismissed; `only` narrows them to some orders. */
export function PaidNotices({ only }: { only?: readonly string[] }) {
  const { t } = useTranslation('orders');
  const all = usePaymentWatchStore((state) => state.notices);
  const notices = only ? all.filter((notice) => only.includes(notice.orderId)) : all;
  const dismiss = usePaymentWatchStore((state) => state.dismiss);
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs">
      {notices.map((notice) => (
        <Alert
          key={notice.key}
          color="teal"
          role="status"
          icon={<IconCircleCheck size={18} />}
          withCloseButton
          closeButtonLabel={t('watch.dismiss')}
          onClose={() => dismiss(notice.key)}
        >
          {t('watch.paid', { id: notice.orderId })}
        </Alert>
      ))}
    </Stack>
  );
}

/**
 * A quiet line while unpaid orders are being re-read: what, and until when. Offline it is not
 * shown: the reads go on, slower, but cannot see a payment until the connection is back.
 */
export function PaymentWatchHint({ watch, single }: { watch: PaymentWatch; single?: boolean }) {
  const { t, i18n } = useTranslation('orders');
  const online = useConnection((state) => state.online);
  if (!online || !watch.watching || watch.until === null) return null;
  const time = formatClock(watch.until, i18n.language || 'en');
  return (
    <Group gap={6} wrap="nowrap" data-testid="payment-watch">
      <Loader size={12} aria-hidden />
      <Text size="xs" c="dimmed">
        {single
          ? t('watch.checkingOrder', { time })
          : t('watch.checkingList', { count: watch.watching, time })}
      </Text>
    </Group>
  );
}
