import { Button, Group, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShippingAddress } from '../../../../shared/bridge/calls/orders';
import { addressLine, maskPhone } from './masking';

/** The order's shipping address; the phone number stays masked until asked for. */
export function OrderAddressCard({ address }: { address: Omit<ShippingAddress, 'id'> | null }) {
  const { t } = useTranslation('orders');
  const [showPhone, setShowPhone] = useState(false);
  if (!address) {
    return (
      <Text size="sm" c="dimmed">
        {t('detail.noAddress')}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {address.name}
        </Text>
        {address.phone ? (
          <>
            <Text size="sm" data-testid="address-phone">
              {showPhone ? address.phone : maskPhone(address.phone)}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              aria-pressed={showPhone}
              leftSection={showPhone ? <IconEyeOff size={12} /> : <IconEye size={12} />}
              onClick={() => setShowPhone((shown) => !shown)}
            >
              {showPhone ? t('detail.hidePhone') : t('detail.showPhone')}
            </Button>
          </>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed">
        {addressLine(address)}
      </Text>
    </Stack>
  );
}
