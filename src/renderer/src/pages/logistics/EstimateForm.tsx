import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput } from '../../../../shared/bridge';

export type EstimateRequest = CallInput<'logistics.estimate'>;

/** Product, quantity, price and destination: what PandaPon's estimate takes (no weight or size). */
export function EstimateForm(props: { busy: boolean; onEstimate(request: EstimateRequest): void }) {
  const { t } = useTranslation('logistics');
  const [itemId, setItemId] = useState('');
  const [skuId, setSkuId] = useState('');
  const [quantity, setQuantity] = useState<number | string>(1);
  const [price, setPrice] = useState<number | string>('');
  const [country, setCountry] = useState('');
  const [state, setState] = useState('');
  const [city, setCity] = useState('');
  const [zip, setZip] = useState('');
  const countryOk = /^[A-Za-z]{2}$/.test(country.trim());
  const ready =
    itemId.trim() && skuId.trim() && Number(quantity) >= 1 && Number(price) > 0 && countryOk;

  return (
    <Card
      withBorder
      padding="md"
      component="form"
      aria-labelledby="estimate-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!ready) return;
        props.onEstimate({
          itemId: itemId.trim(),
          skuId: skuId.trim(),
          quantity: Number(quantity),
          priceFen: Math.round(Number(price) * 100),
          destination: {
            country: country.trim(),
            ...(state.trim() ? { state: state.trim() } : {}),
            ...(city.trim() ? { city: city.trim() } : {}),
            ...(zip.trim() ? { zip: zip.trim() } : {}),
          },
        });
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="estimate-heading">
          {t('estimate.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('estimate.basis')}
        </Text>
        <Group grow align="start">
          <TextInput
            label={t('estimate.itemId')}
            value={itemId}
            onChange={(e) => setItemId(e.currentTarget.value)}
            required
          />
          <TextInput
            label={t('estimate.skuId')}
            value={skuId}
            onChange={(e) => setSkuId(e.currentTarget.value)}
            required
          />
          <NumberInput
            label={t('estimate.quantity')}
            value={quantity}
            onChange={setQuantity}
            min={1}
            max={9999}
            allowDecimal={false}
            required
          />
          <NumberInput
            label={t('estimate.price')}
            value={price}
            onChange={setPrice}
            min={0.01}
            decimalScale={2}
            required
          />
        </Group>
        <Group grow align="start">
          <TextInput
            label={t('estimate.country')}
            description={t('estimate.countryHint')}
            value={country}
            onChange={(e) => setCountry(e.currentTarget.value.toUpperCase())}
            maxLength={2}
            required
          />
          <TextInput
            label={t('estimate.state')}
            value={state}
            onChange={(e) => setState(e.currentTarget.value)}
          />
          <TextInput
            label={t('estimate.city')}
            value={city}
            onChange={(e) => setCity(e.currentTarget.value)}
          />
          <TextInput
            label={t('estimate.zip')}
            value={zip}
            onChange={(e) => setZip(e.currentTarget.value)}
          />
        </Group>
        <Group>
          <Button type="submit" disabled={!ready} loading={props.busy}>
            {t('estimate.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
