import { Alert, Stack } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventPayload } from '../../../shared/bridge';
import { useBridgeEvent } from '../bridge/hooks';

type Notice = EventPayload<'app.notice'> & { readonly id: number };

/** Things main tells the user once (a database moved aside, an update ready). */
export function NoticeCenter() {
  const { t } = useTranslation('app');
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const add = useCallback(
    (notice: EventPayload<'app.notice'>) =>
      setNotices((current) => [
        ...current.slice(-4),
        { ...notice, id: Date.now() + Math.random() },
      ]),
    [],
  );
  useBridgeEvent('app.notice', add);

  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          color={notice.kind === 'error' ? 'red' : notice.kind === 'warning' ? 'orange' : 'blue'}
          withCloseButton
          closeButtonLabel={t('dismiss')}
          onClose={() => setNotices((current) => current.filter((item) => item.id !== notice.id))}
          role={notice.kind === 'info' ? 'status' : 'alert'}
        >
          {t(`notices.${notice.code.replaceAll('.', '_')}`, {
            ...notice.values,
            defaultValue: notice.message,
          })}
        </Alert>
      ))}
    </Stack>
  );
}
