import { Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimelineStep } from '../../../../shared/bridge/calls/orders';
import { formatDateTime } from '../../i18n/format';

/** The order's status history, oldest first, as PandaPon's time fields give it. */
export function OrderTimeline({ steps }: { steps: readonly TimelineStep[] }) {
  const { t } = useTranslation('orders');
  return (
    <Timeline
      active={steps.length - 1}
      bulletSize={16}
      lineWidth={2}
      aria-label={t('detail.timeline')}
    >
      {steps.map((step, index) => (
        <Timeline.Item key={`${step.status}-${index}`} title={t(`status.${step.status}`)}>
          <Text size="xs" c="dimmed">
            {step.at ? formatDateTime(step.at) : '—'}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
