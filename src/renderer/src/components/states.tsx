import { Alert, Button, Center, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeErrorInfo } from '../../../shared/bridge/errors';
import { BridgeCallError } from '../bridge/client';

/** Long work shows progress: a spinner with words, announced to screen readers. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('app');
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" />
        <Text c="dimmed">{label ?? t('loading')}</Text>
      </Group>
    </Center>
  );
}

export function EmptyState(props: {
  title: string;
  hint?: string;
  action?: ReactNode;
  icon?: ReactNode;
}) {
  return (
    <Center py={48}>
      <Stack align="center" gap="xs" maw={420} ta="center">
        {props.icon ? (
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            {props.icon}
          </ThemeIcon>
        ) : null}
        <Title order={3} size="h4">
          {props.title}
        </Title>
        {props.hint ? <Text c="dimmed">{props.hint}</Text> : null}
        {props.action}
      </Stack>
    </Center>
  );
}

export function errorInfoOf(error: unknown): BridgeErrorInfo {
  if (error instanceof BridgeCallError) return error.info;
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/** The user-facing sentence for an error, in the UI language. */
export function useErrorText() {
  const { t } = useTranslation('errors');
  return (error: unknown) => {
    const info = errorInfoOf(error);
    return t(info.code, { message: info.message, defaultValue: info.message });
  };
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('errors');
  const { t: tApp } = useTranslation('app');
  const text = useErrorText();
  const info = errorInfoOf(error);
  return (
    <Alert color="red" title={t('title')} role="alert" variant="light">
      <Stack gap="xs">
        <Text size="sm">{text(error)}</Text>
        {info.issues?.length ? (
          <ul>
            {info.issues.map((issue) => (
              <li key={issue.path}>
                <Text size="sm" component="span" ff="monospace">
                  {issue.path}
                </Text>
                : {issue.message}
              </li>
            ))}
          </ul>
        ) : null}
        {info.details?.requestId ? (
          <Text size="xs" c="dimmed">
            {tApp('requestId', { id: String(info.details.requestId) })}
          </Text>
        ) : null}
        {onRetry ? (
          <Group>
            <Button size="xs" variant="light" onClick={onRetry}>
              {tApp('retry')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}
