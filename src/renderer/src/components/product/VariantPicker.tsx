import { Chip, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProductDetail } from '../../../../shared/bridge/calls/catalog';

/**
 * One row of choices per axis (colour, size …). A value that exists in no variant in stock with
 * the other choices is still selectable, so the user sees "sold out" rather than a silent gap.
 */
export function VariantPicker({
  product,
  chosen,
  onChoose,
}: {
  product: Pick<ProductDetail, 'axes' | 'variants'>;
  chosen: Readonly<Record<string, string>>;
  onChoose(axis: string, value: string): void;
}) {
  const { t } = useTranslation('product');
  if (product.axes.length === 0) return null;
  return (
    <Stack gap="sm">
      {product.axes.map((axis) => (
        <div key={axis.name}>
          <Text size="sm" fw={600} mb={4} id={`axis-${axis.name}`}>
            {axis.name || t('variants')}
          </Text>
          <Chip.Group
            value={chosen[axis.name] ?? null}
            onChange={(value) => onChoose(axis.name, value as string)}
          >
            <Group gap={6} role="radiogroup" aria-label={t('choose', { name: axis.name })}>
              {axis.values.map((option) => (
                <Chip
                  key={option.value}
                  value={option.value}
                  variant="outline"
                  size="sm"
                  radius="sm"
                >
                  <Group gap={4} wrap="nowrap">
                    {option.imageUrl ? (
                      <Image src={option.imageUrl} alt="" w={18} h={18} radius={2} />
                    ) : null}
                    {option.value}
                  </Group>
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </div>
      ))}
    </Stack>
  );
}
