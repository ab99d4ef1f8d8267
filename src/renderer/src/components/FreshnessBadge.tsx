import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Sourced } from '../../../shared/bridge/sourced';
import { formatAge, formatDateTime } from '../i18n/format';

/** Where an answer came from and how old it is: "From cache, 3 hours ago". */
export function FreshnessBadge({
  answer,
}: {
  answer: Pick<Sourced<unknown>, 'source' | 'fetchedAt' | 'stale'>;
}) {
  const { t } = useTranslation('app');
  const age = formatAge(answer.fetchedAt);
  const label =
    answer.source === 'local'
      ? t('fromLocal')
      : answer.source === 'cache'
        ? t(answer.stale ? 'fromCacheStale' : 'fromCache', { age })
        : t('fromNetwork', { age });
  return (
    <Tooltip label={formatDateTime(answer.fetchedAt)}>
      <Badge
        variant="light"
        color={answer.source === 'network' ? 'teal' : answer.stale ? 'orange' : 'gray'}
        aria-label={label}
      >
        {label}
      </Badge>
    </Tooltip>
  );
}
