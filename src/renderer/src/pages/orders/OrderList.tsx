import { Paper } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrderSummary } from '../../../../shared/bridge/calls/orders';
import { OrderRow } from './OrderRow';
import type { OrderRef } from './payment-watch';

const ROW_HEIGHT = 76;

/**
 * The orders in a virtualised list: only the rows in view are in the page. The unpaid orders
 * among them are reported, so the page can watch them for their payment.
 */
export function OrderList({
  orders,
  onOpen,
  onUnpaidInView,
}: {
  orders: readonly OrderSummary[];
  onOpen(order: OrderSummary): void;
  onUnpaidInView(orders: readonly OrderRef[]): void;
}) {
  const { t } = useTranslation('orders');
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: orders.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const unpaidInView = virtualizer
    .getVirtualItems()
    .map((item) => orders[item.index])
    .filter((order) => order?.status === 'awaiting_payment')
    .map((order) => `${order!.platform}:${order!.id}`)
    .join(',');
  useEffect(() => {
    onUnpaidInView(
      unpaidInView
        ? unpaidInView.split(',').map((key) => {
            const [platform, orderId] = key.split(':') as [OrderRef['platform'], string];
            return { platform, orderId };
          })
        : [],
    );
    return () => onUnpaidInView([]);
  }, [unpaidInView, onUnpaidInView]);
  return (
    <Paper withBorder radius="md">
      <div
        ref={scroller}
        role="list"
        aria-label={t('listLabel')}
        style={{
          maxHeight: 'calc(100vh - 330px)',
          minHeight: Math.min(orders.length, 3) * ROW_HEIGHT,
          overflow: 'auto',
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const order = orders[item.index]!;
            return (
              <div
                key={`${order.platform}:${order.id}`}
                role="listitem"
                aria-setsize={orders.length}
                aria-posinset={item.index + 1}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  right: 0,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                  borderBottom: '1px solid var(--mantine-color-gray-2)',
                }}
              >
                <OrderRow order={order} onOpen={() => onOpen(order)} />
              </div>
            );
          })}
        </div>
      </div>
    </Paper>
  );
}
