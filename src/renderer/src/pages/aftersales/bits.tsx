import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReverseStatus } from '../../../../shared/bridge/calls/aftersales';

const STATUS_COLOR: Record<ReverseStatus, string> = {
  awaiting_seller: 'blue',
  needs_changes: 'orange',
  awaiting_return: 'orange',
  returning: 'cyan',
  refunded: 'teal',
  refused: 'red',
  closed: 'gray',
  unconfirmed: 'yellow',
  other: 'gray',
};

export function ReverseStatusBadge({ status, raw }: { status: ReverseStatus; raw: string }) {
  const { t } = useTranslation('aftersales');
  return (
    <Badge
      color={STATUS_COLOR[status]}
      variant="light"
      // Long statuses ("Waiting for the seller", Thai) wrap instead of being cut off.
      styles={{
        root: { textTransform: 'none', height: 'auto', maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
      }}
    >
      {t(`status.${status}`, { raw: raw || '—' })}
    </Badge>
  );
}

/** Marks a part of the screen that rests on a call PandaPon never documented. */
export function InferredBadge({ hint }: { hint: string }) {
  const { t } = useTranslation('aftersales');
  return (
    <Tooltip label={hint} multiline w={280}>
      <Badge
        color="yellow"
        variant="outline"
        size="sm"
        tabIndex={0}
        aria-label={`${t('inferred')}: ${hint}`}
        style={{ textTransform: 'none' }}
      >
        {t('inferred')}
      </Badge>
    </Tooltip>
  );
}

/** A reference made once per form: a repeated click re-sends the same one and files nothing new. */
export function newClientRef(): string {
  return crypto.randomUUID().replace(/-/g, '');
}
