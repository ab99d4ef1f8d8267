import {
  Alert,
  Button,
  Card,
  Checkbox,
  CloseButton,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReverseKind, ReverseSubmission } from '../../../../shared/bridge/calls/aftersales';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { ErrorState, LoadingState, useErrorText } from '../../components/states';
import { formatFen } from '../../i18n/format';
import { useConnection } from '../../stores/connection';
import { newClientRef } from './bits';

type Platform = '1688' | 'taobao';
const PAID = new Set(['processing', 'awaiting_shipment', 'shipped', 'completed', 'other']);

/** A refund or return request for some lines of a paid order, filed once however often it is sent. */
export function RequestForm(props: {
  initial?: { orderId?: string; platform?: Platform };
  onClose(): void;
  onFiled(submission: ReverseSubmission, platform: Platform): void;
}) {
  const { t } = useTranslation('aftersales');
  const errorText = useErrorText();
  const online = useConnection((state) => state.online);
  const client = useQueryClient();
  const orders = useBridgeQuery('orders.list', {});
  const initialKey =
    props.initial?.orderId && props.initial.platform
      ? `${props.initial.platform}:${props.initial.orderId}`
      : null;
  const [orderKey, setOrderKey] = useState<string | null>(initialKey);
  const [platform, orderId] = (orderKey?.split(':') ?? [null, null]) as [
    Platform | null,
    string | null,
  ];
  const [lineIds, setLineIds] = useState<string[]>([]);
  const [kind, setKind] = useState<ReverseKind>('refund');
  const [received, setReceived] = useState(false);
  const [reasonId, setReasonId] = useState<string | null>(null);
  const [amountYuan, setAmountYuan] = useState<number | string>('');
  const [description, setDescription] = useState('');
  const [clientRef, setClientRef] = useState(newClientRef);

  const detail = useBridgeQuery(
    'orders.detail',
    { platform: platform ?? '1688', orderId: orderId ?? '' },
    { enabled: !!platform && !!orderId },
  );
  const template = useBridgeQuery(
    'aftersales.reasons',
    {
      platform: platform ?? '1688',
      orderId: orderId ?? '',
      lineIds,
      kind,
      goodsReceived: received,
    },
    { enabled: !!platform && !!orderId && lineIds.length > 0, retry: false },
  );
  const submit = useMutation({
    mutationFn: () =>
      bridge.call('aftersales.submit', {
        platform: platform!,
        orderId: orderId!,
        lineIds,
        kind,
        goodsReceived: received,
        reasonId: reasonId ?? '',
        amountFen: Math.round(Number(amountYuan) * 100),
        description,
        clientRef,
      }),
    onSuccess: (submission) => {
      // A refused request may be corrected and sent again: that is a new request.
      if (submission.state === 'failed') setClientRef(newClientRef());
      void client.invalidateQueries({ queryKey: ['aftersales.list'] });
      if (submission.state === 'done') props.onFiled(submission, platform!);
    },
  });

  const orderOptions = useMemo(() => {
    const paid = (orders.data?.data ?? []).filter((order) => PAID.has(order.status));
    const options = paid.map((order) => ({
      value: `${order.platform}:${order.id}`,
      label:
        `${order.platform === '1688' ? '1688' : 'Taobao'} · ${order.id} · ${order.title}`.slice(
          0,
          90,
        ),
    }));
    if (initialKey && !options.some((option) => option.value === initialKey)) {
      options.unshift({ value: initialKey, label: initialKey.replace(':', ' · ') });
    }
    return options;
  }, [orders.data, initialKey]);

  const maxFen = template.data?.maxAmountFen ?? 0;
  const amountFen = Math.round(Number(amountYuan) * 100);
  const tooHigh = !!template.data && amountFen > maxFen;
  const ready =
    !!template.data?.allowed &&
    lineIds.length > 0 &&
    !!reasonId &&
    amountFen > 0 &&
    !tooHigh &&
    description.trim().length > 0;
  const outcome = submit.data;

  function chooseLine(lineId: string, checked: boolean) {
    setReasonId(null);
    if (platform === 'taobao') setLineIds(checked ? [lineId] : []);
    else setLineIds((ids) => (checked ? [...ids, lineId] : ids.filter((id) => id !== lineId)));
  }

  return (
    <Card
      withBorder
      padding="md"
      component="form"
      aria-labelledby="request-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && online) submit.mutate();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="request-heading">
            {t('form.heading')}
          </Title>
          <CloseButton aria-label={t('form.close')} onClick={props.onClose} />
        </Group>
        <Select
          label={t('form.order')}
          placeholder={t('form.orderPlaceholder')}
          data={orderOptions}
          value={orderKey}
          onChange={(value) => {
            setOrderKey(value);
            setLineIds([]);
            setReasonId(null);
          }}
          searchable
          nothingFoundMessage={t('form.noOrders')}
        />
        {orderKey && detail.isPending ? <LoadingState /> : null}
        {detail.error ? (
          <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />
        ) : null}
        {detail.data ? (
          <Checkbox.Group
            label={t('form.lines')}
            description={platform === 'taobao' ? t('form.oneLineTaobao') : undefined}
            value={lineIds}
          >
            <Stack gap={6} mt={6}>
              {detail.data.data.lines
                .filter((line) => line.id)
                .map((line) => (
                  <Checkbox
                    key={line.id}
                    value={line.id!}
                    checked={lineIds.includes(line.id!)}
                    onChange={(event) => chooseLine(line.id!, event.currentTarget.checked)}
                    label={`${line.title}${line.properties ? ` (${line.properties})` : ''} × ${line.quantity}`}
                    description={
                      line.amountFen !== null
                        ? t('form.paid', { amount: formatFen(line.amountFen) })
                        : undefined
                    }
                  />
                ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
        {detail.data ? (
          <Group grow align="start">
            <div>
              <Text size="sm" fw={500} id="kind-label">
                {t('form.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="kind-label"
                value={kind}
                onChange={(value) => setKind(value as ReverseKind)}
                data={[
                  { value: 'refund', label: t('kind.refund') },
                  { value: 'return', label: t('kind.return') },
                ]}
              />
            </div>
            <div>
              <Text size="sm" fw={500} id="goods-label">
                {t('form.goods')}
              </Text>
              <SegmentedControl
                aria-labelledby="goods-label"
                value={received ? 'yes' : 'no'}
                onChange={(value) => setReceived(value === 'yes')}
                data={[
                  { value: 'no', label: t('form.notReceived') },
                  { value: 'yes', label: t('form.received') },
                ]}
              />
            </div>
          </Group>
        ) : null}
        {lineIds.length > 0 && template.isPending ? <LoadingState /> : null}
        {template.error ? (
          <ErrorState error={template.error} onRetry={() => void template.refetch()} />
        ) : null}
        {template.data && !template.data.allowed && template.data.problem ? (
          <Alert color="orange" variant="light" role="alert">
            {t(`form.problem.${template.data.problem}`)}
          </Alert>
        ) : null}
        {template.data?.allowed ? (
          <>
            <Select
              label={t('form.reason')}
              placeholder={t('form.reasonPlaceholder')}
              data={template.data.reasons.map((reason) => ({
                value: reason.id,
                label: reason.needsEvidence
                  ? `${reason.text} (${t('form.evidence')})`
                  : reason.text,
              }))}
              value={reasonId}
              onChange={setReasonId}
              nothingFoundMessage={t('form.noReasons')}
              required
            />
            <NumberInput
              label={t('form.amount')}
              description={t('form.amountHint', { max: formatFen(maxFen) })}
              error={tooHigh ? t('form.amountTooHigh', { max: formatFen(maxFen) }) : undefined}
              value={amountYuan}
              onChange={setAmountYuan}
              min={0.01}
              max={maxFen / 100}
              decimalScale={2}
              fixedDecimalScale
              disabled={!template.data.amountEditable}
              required
            />
            <Textarea
              label={t('form.description')}
              description={t('form.descriptionHint')}
              value={description}
              onChange={(event) => setDescription(event.currentTarget.value)}
              maxLength={500}
              autosize
              minRows={3}
              required
            />
          </>
        ) : null}
        {!online ? (
          <Alert color="gray" variant="light" role="status">
            {t('form.offline')}
          </Alert>
        ) : null}
        {submit.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(submit.error)}
          </Alert>
        ) : null}
        {outcome?.state === 'unknown' ? (
          <Alert color="yellow" variant="light" role="status">
            {t('form.unknown')}
          </Alert>
        ) : null}
        {outcome?.state === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {t('form.failed', { message: outcome.error?.message ?? '' })}
          </Alert>
        ) : null}
        <Group>
          <Button type="submit" disabled={!ready || !online} loading={submit.isPending}>
            {submit.isPending ? t('form.sending') : t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
