import {
  Alert,
  Button,
  Card,
  CloseButton,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FreightOption } from '../../../../shared/bridge/calls/logistics';
import { bridge } from '../../bridge/client';
import { useErrorText } from '../../components/states';
import { useConnection } from '../../stores/connection';
import { newClientRef } from '../aftersales/bits';
import type { EstimateRequest } from './EstimateForm';

/** Books the chosen service for the estimated goods; the booking is sent once per form. */
export function BookingForm(props: {
  request: EstimateRequest;
  option: FreightOption;
  renderId: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation('logistics');
  const errorText = useErrorText();
  const online = useConnection((state) => state.online);
  const [fields, setFields] = useState({
    name: '',
    phone: '',
    email: '',
    address: '',
    city: '',
    state: props.request.destination.state ?? '',
    zip: props.request.destination.zip ?? '',
    remark: '',
  });
  const [clientRef, setClientRef] = useState(newClientRef);
  const set = (key: keyof typeof fields) => (event: React.ChangeEvent<HTMLInputElement>) =>
    setFields((old) => ({ ...old, [key]: event.currentTarget.value }));
  const book = useMutation({
    mutationFn: () =>
      bridge.call('logistics.book', {
        ...(props.renderId ? { renderId: props.renderId } : {}),
        receiver: {
          name: fields.name,
          phone: fields.phone,
          address: fields.address,
          city: fields.city,
          country: props.request.destination.country,
          ...(fields.email.trim() ? { email: fields.email.trim() } : {}),
          ...(fields.state.trim() ? { state: fields.state.trim() } : {}),
          ...(fields.zip.trim() ? { zip: fields.zip.trim() } : {}),
        },
        lines: [
          {
            itemId: props.request.itemId,
            skuId: props.request.skuId,
            quantity: props.request.quantity,
            serviceId: props.option.serviceId,
            priceFen: props.request.priceFen,
          },
        ],
        ...(fields.remark.trim() ? { remark: fields.remark.trim() } : {}),
        clientRef,
      }),
    onSuccess: (booking) => {
      if (booking.state === 'failed') setClientRef(newClientRef());
    },
  });
  const ready =
    fields.name.trim() && fields.phone.trim() && fields.address.trim() && fields.city.trim();
  const outcome = book.data;

  return (
    <Card
      withBorder
      padding="md"
      component="form"
      aria-labelledby="book-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready && online) book.mutate();
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="book-heading">
            {t('book.heading')}
          </Title>
          <CloseButton aria-label={t('book.heading')} onClick={props.onClose} />
        </Group>
        <Alert color="yellow" variant="light" title={t('inferred')}>
          {t('book.v1Note')}
        </Alert>
        <Text size="sm">{t('book.service', { carrier: props.option.carrier })}</Text>
        <Group grow align="start">
          <TextInput
            label={t('book.name')}
            value={fields.name}
            onChange={set('name')}
            required
            autoComplete="name"
          />
          <TextInput
            label={t('book.phone')}
            value={fields.phone}
            onChange={set('phone')}
            required
            autoComplete="tel"
          />
          <TextInput
            label={t('book.email')}
            value={fields.email}
            onChange={set('email')}
            autoComplete="email"
          />
        </Group>
        <TextInput
          label={t('book.address')}
          value={fields.address}
          onChange={set('address')}
          required
          autoComplete="street-address"
        />
        <Group grow align="start">
          <TextInput label={t('book.city')} value={fields.city} onChange={set('city')} required />
          <TextInput label={t('book.state')} value={fields.state} onChange={set('state')} />
          <TextInput label={t('book.zip')} value={fields.zip} onChange={set('zip')} />
        </Group>
        <TextInput
          label={t('book.remark')}
          value={fields.remark}
          onChange={set('remark')}
          maxLength={200}
        />
        {!online ? (
          <Alert color="gray" variant="light" role="status">
            {t('book.offline')}
          </Alert>
        ) : null}
        {book.error ? (
          <Alert color="red" variant="light" role="alert">
            {errorText(book.error)}
          </Alert>
        ) : null}
        {outcome?.state === 'done' ? (
          <Alert color="teal" variant="light" role="status">
            {t('book.done', { id: outcome.shipmentId ? ` (${outcome.shipmentId})` : '' })}
          </Alert>
        ) : null}
        {outcome?.state === 'unknown' ? (
          <Alert color="yellow" variant="light" role="status">
            {t('book.unknown')}
          </Alert>
        ) : null}
        {outcome?.state === 'failed' ? (
          <Alert color="red" variant="light" role="alert">
            {t('book.failed', { message: outcome.error?.message ?? '' })}
          </Alert>
        ) : null}
        <Group>
          <Button
            type="submit"
            disabled={!ready || !online || outcome?.state === 'done'}
            loading={book.isPending}
          >
            {book.isPending ? t('book.sending') : t('book.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
