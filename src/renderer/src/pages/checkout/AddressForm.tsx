import { Button, Grid, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShippingAddress } from '../../../../shared/bridge/calls/orders';
import { bridge } from '../../bridge/client';
import { ErrorState } from '../../components/states';

const FIELDS = ['name', 'phone', 'province', 'city', 'district', 'address'] as const;
type Field = (typeof FIELDS)[number];
const OPTIONAL: ReadonlySet<Field> = new Set(['district']);
const PHONE = /^\+?[\d -]{5,20}$/;

/** Checks the form the way `orders.saveAddress` will, so the user sees why before sending. */
export function addressProblems(
  values: Record<Field, string>,
): Partial<Record<Field, 'required' | 'phoneInvalid'>> {
  const problems: Partial<Record<Field, 'required' | 'phoneInvalid'>> = {};
  for (const field of FIELDS) {
    if (!OPTIONAL.has(field) && !values[field].trim()) problems[field] = 'required';
  }
  if (!problems.phone && !PHONE.test(values.phone.trim())) problems.phone = 'phoneInvalid';
  return problems;
}

/** A new shipping address, saved on the PandaPon account; answers with the saved list. */
export function AddressForm(props: {
  opened: boolean;
  onClose(): void;
  onSaved(addresses: readonly ShippingAddress[]): void;
}) {
  const { t } = useTranslation('orders');
  const empty = Object.fromEntries(FIELDS.map((field) => [field, ''])) as Record<Field, string>;
  const [values, setValues] = useState(empty);
  const [touched, setTouched] = useState(false);
  const problems = addressProblems(values);
  const save = useMutation({
    mutationFn: () => bridge.call('orders.saveAddress', values),
    onSuccess: (addresses) => {
      setValues(empty);
      setTouched(false);
      props.onSaved(addresses);
    },
  });

  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={t('checkout.form.title')}
      centered
      size="lg"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (Object.keys(problems).length === 0) save.mutate();
        }}
      >
        <Stack>
          <Grid>
            {FIELDS.map((field) => (
              <Grid.Col key={field} span={field === 'address' ? 12 : { base: 12, sm: 6 }}>
                <TextInput
                  label={t(`checkout.form.${field}`)}
                  required={!OPTIONAL.has(field)}
                  value={values[field]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setValues((current) => ({ ...current, [field]: value }));
                  }}
                  error={
                    touched && problems[field] ? t(`checkout.form.${problems[field]}`) : undefined
                  }
                  autoComplete="off"
                  data-autofocus={field === 'name' ? true : undefined}
                />
              </Grid.Col>
            ))}
          </Grid>
          {save.isError ? <ErrorState error={save.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {t('checkout.form.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('checkout.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
