import { Alert, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReverseOrderDetail } from '../../../../shared/bridge/calls/aftersales';
import { bridge } from '../../bridge/client';
import { useBridgeQuery } from '../../bridge/hooks';
import { useErrorText } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { InferredBadge } from './bits';
import type { CaseKey } from './ReverseList';

/** Shown when the seller agreed to a return: the carrier and tracking number of the parcel sent back. */
export function ReturnShippingForm(props: {
  caseKey: CaseKey;
  onSaved(detail: ReverseOrderDetail): void;
}) {
  const { t } = useTranslation('aftersales');
  const carriers = useBridgeQuery('aftersales.carriers', props.caseKey);
  const online = useConnection((state) => state.online);
  const errorText = useErrorText();
  const [carrier, setCarrier] = useState<string | null>(null);
  const [waybill, setWaybill] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () =>
      bridge.call('aftersales.returnShipping', {
        ...props.caseKey,
        carrierCode: carrier ?? '',
        waybill,
        ...(note.trim() ? { note } : {}),
      }),
    onSuccess: props.onSaved,
  });

  return (
    <Card
      withBorder
      bg="var(--mantine-color-orange-light)"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="xs">
        <Group gap="xs">
          <Text fw={600}>{t('shipping.heading')}</Text>
          <InferredBadge hint={t('inferredHint')} />
        </Group>
        <Text size="sm">{t('shipping.hint')}</Text>
        <Group grow align="start">
          <Select
            label={t('shipping.carrier')}
            data={(carriers.data?.data ?? []).map((entry) => ({
              value: entry.code,
              label: entry.name || entry.code,
            }))}
            value={carrier}
            onChange={setCarrier}
            searchable
            required
            nothingFoundMessage={t('shipping.noCarriers')}
            disabled={carriers.isPending}
          />
          <TextInput
            label={t('shipping.waybill')}
            value={waybill}
            onChange={(event) => setWaybill(event.currentTarget.value)}
            required
            maxLength={40}
          />
        </Group>
        {props.caseKey.platform === '1688' ? (
          <TextInput
            label={t('shipping.note')}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            maxLength={200}
          />
        ) : null}
        {save.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(save.error)}
          </Alert>
        ) : null}
        <Group>
          <Button
            type="submit"
            disabled={!carrier || !waybill.trim() || !online}
            loading={save.isPending}
          >
            {t('shipping.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
