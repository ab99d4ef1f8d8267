import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionTestResult } from '../../../../../shared/bridge/calls/profiles';
import { useErrorText } from '../../../components/states';
import { formatAge, formatNumber } from '../../../i18n/format';
import type { ConnectionTestState } from './connection-tests';

/** The sentence for an outcome, in the UI language; main's English text is only a fallback. */
function useOutcomeText() {
  const { t } = useTranslation('profiles');
  return (result: ConnectionTestResult) => {
    if (result.outcome === 'clock_skew' && result.skewSeconds !== undefined) {
      const seconds = formatNumber(Math.abs(Math.round(result.skewSeconds)));
      return t(result.skewSeconds > 0 ? 'test.outcome.clockAhead' : 'test.outcome.clockBehind', {
        seconds,
      });
    }
    return t(`test.outcome.${result.outcome}`, { defaultValue: result.message });
  };
}

/** What the last connection test of a profile found, next to that profile. */
export function ConnectionResult({
  state,
  profileName,
}: {
  state: ConnectionTestState;
  profileName: string;
}) {
  const { t } = useTranslation('profiles');
  const outcomeText = useOutcomeText();
  const errorText = useErrorText();

  if (state.running) {
    return (
      <Group gap="xs" role="status" aria-live="polite">
        <Loader size="xs" />
        <Text size="sm" c="dimmed">
          {t('test.running')}
        </Text>
      </Group>
    );
  }

  if (state.error !== undefined) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('test.title.failed')} p="sm">
        <Text size="sm">{errorText(state.error)}</Text>
      </Alert>
    );
  }

  const result = state.result;
  if (!result) return null;
  const ok = result.outcome === 'ok';
  return (
    <Alert
      color={ok ? 'teal' : 'red'}
      variant="light"
      role={ok ? 'status' : 'alert'}
      aria-label={`${profileName}: ${ok ? t('test.title.ok') : t('test.title.failed')}`}
      title={ok ? t('test.title.ok') : t('test.title.failed')}
      icon={ok ? <IconCircleCheck size={18} /> : <IconPlugConnectedX size={18} />}
      p="sm"
      data-testid="connection-result"
      data-outcome={result.outcome}
    >
      <Stack gap={4}>
        <Text size="sm">{outcomeText(result)}</Text>
        {result.outcome === 'pandapon_error' ? (
          <Text size="sm" ff="monospace">
            {t('test.serverSaid', { message: result.message })}
          </Text>
        ) : null}
        {ok && result.timestampUnit ? (
          <Text size="xs" c="dimmed">
            {t('test.unit', { unit: t(`unit.${result.timestampUnit}`) })}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {[
            t('test.testedAt', { age: formatAge(result.testedAt) }),
            result.latencyMs !== undefined
              ? t('test.latency', { ms: formatNumber(result.latencyMs) })
              : null,
            result.requestId ? t('test.requestId', { id: result.requestId }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
    </Alert>
  );
}
