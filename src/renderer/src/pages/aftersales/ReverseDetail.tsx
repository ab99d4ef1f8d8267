import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatDateTime, formatFen } from '../../i18n/format';
import { useConnection } from '../../stores/connection';
import { InferredBadge, ReverseStatusBadge } from './bits';
import { ReturnShippingForm } from './ReturnShippingForm';
import type { CaseKey } from './ReverseList';

/** One case: what was asked, what the seller answered, the timeline, messages and next steps. */
export function ReverseDetail({ caseKey }: { caseKey: CaseKey }) {
  const { t } = useTranslation('aftersales');
  const detail = useBridgeQuery('aftersales.detail', caseKey);
  const client = useQueryClient();
  const online = useConnection((state) => state.online);
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<string | null>(null);

  const refreshAll = (data: unknown) => {
    client.setQueryData(['aftersales.detail', caseKey], (old: object | undefined) =>
      old
        ? { ...old, data, source: 'network', fetchedAt: new Date().toISOString(), stale: false }
        : old,
    );
    void client.invalidateQueries({ queryKey: ['aftersales.list'] });
  };
  const cancel = useMutation({
    mutationFn: () => bridge.call('aftersales.cancel', caseKey),
    onSuccess: (data) => {
      setConfirming(false);
      setNotice(t('detail.cancelled'));
      refreshAll(data);
    },
  });
  const send = useMutation({
    mutationFn: () => bridge.call('aftersales.message', { ...caseKey, text: message }),
    onSuccess: (data) => {
      setMessage('');
      setNotice(t('detail.sent'));
      refreshAll(data);
    },
  });

  if (detail.isPending) return <LoadingState />;
  if (detail.error)
    return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const view = detail.data.data;
  const actionError = cancel.error ?? send.error;

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="case-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="start">
          <div>
            <Title order={2} size="h4" id="case-heading">
              {t('detail.heading', { id: view.refundId })}
            </Title>
            <Text size="sm" c="dimmed">
              {view.orderId ? t('detail.order', { id: view.orderId }) : null}
              {view.kind ? ` · ${t(`kind.${view.kind}`)}` : null}
            </Text>
          </div>
          <Stack gap={4} align="end">
            <ReverseStatusBadge status={view.status} raw={view.rawStatus} />
            <FreshnessBadge answer={detail.data} />
          </Stack>
        </Group>
        {view.title ? <Text size="sm">{view.title}</Text> : null}
        <Group gap="xl">
          <Field
            label={t('list.amount')}
            value={view.amountFen === null ? '—' : formatFen(view.amountFen)}
          />
          <Field label={t('detail.reason')} value={view.reason || '—'} />
          {view.deadline ? (
            <Field label={t('detail.deadline')} value={formatDateTime(view.deadline)} />
          ) : null}
        </Group>
        {view.description ? (
          <Field label={t('detail.description')} value={view.description} />
        ) : null}
        {view.sellerRefusal ? (
          <Alert color="red" variant="light" title={t('detail.sellerRefusal')}>
            {view.sellerRefusal}
          </Alert>
        ) : null}
        {view.returnShipping ? (
          <Field
            label={t('detail.returnShipping')}
            value={`${view.returnShipping.carrier} · ${view.returnShipping.waybill}`}
          />
        ) : null}
        {notice ? (
          <Alert color="teal" variant="light" role="status">
            {notice}
          </Alert>
        ) : null}
        {actionError ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(actionError)}
          </Alert>
        ) : null}

        {view.actions.includes('returnShipping') ? (
          <ReturnShippingForm
            caseKey={caseKey}
            onSaved={(data) => {
              setNotice(t('shipping.saved'));
              refreshAll(data);
            }}
          />
        ) : null}

        <Title order={3} size="h5">
          {t('detail.history')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('detail.historyNote')}
        </Text>
        <Timeline active={view.history.length - 1} bulletSize={14} lineWidth={2}>
          {view.history.map((step) => (
            <Timeline.Item
              key={`${step.rawStatus}-${step.seenAt}`}
              title={t(`status.${step.status}`, { raw: step.rawStatus })}
            >
              <Text size="xs" c="dimmed">
                {formatDateTime(step.seenAt)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>

        <Group gap="xs">
          <Title order={3} size="h5">
            {t('detail.messages')}
          </Title>
          {view.platform === 'taobao' ? <InferredBadge hint={t('inferredHint')} /> : null}
        </Group>
        {view.platform === '1688' ? (
          <Text size="sm" c="dimmed">
            {t('detail.messages1688')}
          </Text>
        ) : view.messages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('detail.noMessages')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {view.messages.map((entry, index) => (
              <li key={index}>
                <Text size="xs" c="dimmed">
                  {entry.at ? formatDateTime(entry.at) : ''}
                </Text>
                <Text size="sm">{entry.text}</Text>
              </li>
            ))}
          </Stack>
        )}
        {view.actions.includes('message') ? (
          <Stack gap="xs">
            <Textarea
              label={t('detail.messageLabel')}
              value={message}
              onChange={(event) => setMessage(event.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={2}
            />
            <Group>
              <Button
                size="xs"
                variant="light"
                disabled={!message.trim() || !online}
                loading={send.isPending}
                onClick={() => send.mutate()}
              >
                {t('detail.sendMessage')}
              </Button>
            </Group>
          </Stack>
        ) : null}

        {view.actions.includes('cancel') ? (
          <Group>
            <Button
              color="red"
              variant="light"
              disabled={!online}
              onClick={() => setConfirming(true)}
            >
              {t('detail.cancel')}
            </Button>
          </Group>
        ) : null}
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('detail.cancel')}>
        <Stack>
          <Text>{t('detail.confirmCancel')}</Text>
          <Group justify="end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('detail.keep')}
            </Button>
            <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              {t('detail.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}
