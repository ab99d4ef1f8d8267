import { Button, Card, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { IconMapPinPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShippingAddress } from '../../../../shared/bridge/calls/orders';
import { useBridgeQuery } from '../../bridge/hooks';
import { FreshnessBadge } from '../../components/FreshnessBadge';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { addressLine, maskPhone } from '../orders/masking';
import { AddressForm } from './AddressForm';

/** Choose one of the account's shipping addresses, or add one. */
export function AddressSection(props: {
  addressId: string | null;
  onChoose(addressId: string): void;
  locked: boolean;
}) {
  const { t } = useTranslation('orders');
  const client = useQueryClient();
  const answer = useBridgeQuery('orders.addresses', {});
  const [adding, setAdding] = useState(false);
  const addresses = useMemo(() => answer.data?.data ?? [], [answer.data]);
  const { addressId, onChoose } = props;

  // The first address is chosen for the user when none is yet.
  useEffect(() => {
    const first = addresses[0];
    if (first && !addresses.some((address) => address.id === addressId)) onChoose(first.id);
  }, [addresses, addressId, onChoose]);

  const saved = (list: readonly ShippingAddress[]) => {
    const known = new Set(addresses.map((address) => address.id));
    client.setQueryData(['orders.addresses', {}], {
      data: list,
      source: 'network',
      fetchedAt: new Date().toISOString(),
      stale: false,
    });
    const added = list.find((address) => !known.has(address.id)) ?? list.at(-1);
    if (added) onChoose(added.id);
    setAdding(false);
  };

  return (
    <Card withBorder component="section" aria-labelledby="checkout-address">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="checkout-address">
            {t('checkout.address')}
          </Title>
          <Group gap="sm">
            {answer.data ? <FreshnessBadge answer={answer.data} /> : null}
            <Button
              size="xs"
              variant="light"
              leftSection={<IconMapPinPlus size={14} />}
              onClick={() => setAdding(true)}
              disabled={props.locked}
            >
              {t('checkout.addAddress')}
            </Button>
          </Group>
        </Group>
        {answer.isPending ? (
          <LoadingState />
        ) : answer.isError ? (
          <ErrorState error={answer.error} onRetry={() => void answer.refetch()} />
        ) : addresses.length === 0 ? (
          <EmptyState title={t('checkout.noAddresses')} hint={t('checkout.noAddressesHint')} />
        ) : (
          <Radio.Group
            value={addressId}
            onChange={onChoose}
            label={t('checkout.addressChoice')}
            aria-label={t('checkout.addressChoice')}
          >
            <Stack gap="xs" mt="xs">
              {addresses.map((address) => (
                <Radio.Card
                  key={address.id}
                  value={address.id}
                  p="sm"
                  radius="md"
                  disabled={props.locked}
                >
                  <Group wrap="nowrap" align="flex-start">
                    <Radio.Indicator />
                    <div>
                      <Text fw={600} size="sm">
                        {address.name} · {maskPhone(address.phone)}
                      </Text>
                      <Text size="sm" c="dimmed">
                        {addressLine(address)}
                      </Text>
                    </div>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
      </Stack>
      <AddressForm opened={adding} onClose={() => setAdding(false)} onSaved={saved} />
    </Card>
  );
}
