import { ActionIcon, Badge, Checkbox, Group, Image, NumberInput, Stack, Text } from '@mantine/core';
import { IconPhotoOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CartLine } from '../../../../shared/bridge/calls/cart';
import { Price } from '../../components/product/Price';
import { errorInfoOf, useErrorText } from '../../components/states';
import { formatNumber } from '../../i18n/format';
import { lineTotalFen, quantityProblem } from './cart-selection';

export const LINE_GRID = '28px 56px minmax(0, 1fr) 120px 130px 130px 36px';

interface Props {
  line: CartLine;
  selected: boolean;
  onSelect(on: boolean): void;
  /** Resolves when main answered; rejects with main's error. */
  onQuantity(quantity: number): Promise<unknown>;
  onRemove(): void;
  busy: boolean;
}

/** One cart line: tick, picture, title and options, unit price, quantity, total, remove. */
export function CartLineRow({ line, selected, onSelect, onQuantity, onRemove, busy }: Props) {
  const { t } = useTranslation('cart');
  const errorText = useErrorText();
  const [draft, setDraft] = useState<number | string>(line.quantity);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  // A quantity changed elsewhere (saved, or refused and reset by main) replaces the draft.
  const [shownQuantity, setShownQuantity] = useState(line.quantity);
  if (shownQuantity !== line.quantity) {
    setShownQuantity(line.quantity);
    setDraft(line.quantity);
  }

  const quantity = typeof draft === 'number' ? draft : Number(draft);
  const problem = line.enabled ? quantityProblem(line, quantity) : null;
  const shownError = problem
    ? t(`errors.${problem.key}`, 'count' in problem ? { count: formatNumber(problem.count) } : {})
    : serverError;

  const commit = async () => {
    if (problem || quantity === line.quantity || saving) return;
    setSaving(true);
    setServerError(null);
    try {
      await onQuantity(quantity);
    } catch (error) {
      const info = errorInfoOf(error);
      const reason = info.details?.reason;
      setServerError(
        reason === 'below_minimum'
          ? t('errors.belowMinimum', { count: formatNumber(Number(info.details?.min)) })
          : reason === 'above_stock'
            ? t('errors.aboveStock', { count: formatNumber(Number(info.details?.stock)) })
            : errorText(error),
      );
      setDraft(line.quantity);
    } finally {
      setSaving(false);
    }
  };

  const title = line.title || line.productId;
  return (
    <div
      role="listitem"
      aria-label={title}
      data-testid={`cart-line-${line.id}`}
      style={{
        display: 'grid',
        gridTemplateColumns: LINE_GRID,
        gap: 12,
        alignItems: 'center',
        padding: '8px 0',
        opacity: line.enabled ? 1 : 0.7,
      }}
    >
      {line.enabled ? (
        <Checkbox
          aria-label={t('selectLine', { title })}
          checked={selected}
          onChange={(event) => onSelect(event.currentTarget.checked)}
        />
      ) : (
        <span />
      )}
      {line.imageUrl ? (
        <Image src={line.imageUrl} alt="" w={56} h={56} radius="sm" fit="cover" />
      ) : (
        <Group w={56} h={56} justify="center" bg="gray.1" style={{ borderRadius: 6 }} aria-hidden>
          <IconPhotoOff size={20} color="var(--mantine-color-gray-5)" />
        </Group>
      )}
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm" fw={500} lineClamp={2}>
          {title}
        </Text>
        {line.properties ? (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {line.properties}
          </Text>
        ) : null}
        <Group gap={6}>
          {line.disabledReason ? (
            <Badge
              size="sm"
              color={line.disabledReason === 'sold_out' ? 'red' : 'gray'}
              variant="light"
            >
              {t(`reason.${line.disabledReason}`)}
            </Badge>
          ) : null}
          {line.enabled && line.stock !== null ? (
            <Text size="xs" c="dimmed">
              {t('stock', { count: formatNumber(line.stock) })}
            </Text>
          ) : null}
        </Group>
      </Stack>
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('unitPrice')}
        </Text>
        <Price fen={line.priceFen} size="sm" />
      </Stack>
      {line.enabled ? (
        <NumberInput
          aria-label={t('quantityOf', { title })}
          size="sm"
          min={1}
          max={line.stock ?? undefined}
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          value={draft}
          disabled={saving || busy}
          onChange={setDraft}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') void commit();
          }}
          error={shownError ?? undefined}
          description={saving ? t('saving') : undefined}
        />
      ) : (
        <Text size="sm">× {formatNumber(line.quantity)}</Text>
      )}
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('lineTotal')}
        </Text>
        <Price fen={lineTotalFen(line)} size="sm" />
      </Stack>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('remove', { title })}
        onClick={onRemove}
        disabled={busy}
      >
        <IconTrash size={18} />
      </ActionIcon>
    </div>
  );
}
