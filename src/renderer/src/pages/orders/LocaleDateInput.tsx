import { ActionIcon, TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { datePlaceholder, exampleDate, formatIsoDate, parseLocaleDate } from './locale-date';

/**
 * A date typed and shown in the app language's own format, kept as ISO `YYYY-MM-DD` (or "").
 * The calendar button opens the browser's date picker for choosing with the mouse; its popup
 * speaks the system's language, which the field itself no longer does.
 */
export function LocaleDateInput(props: {
  label: string;
  value: string;
  onChange(iso: string): void;
  error?: string;
  width?: number;
}) {
  const { t, i18n } = useTranslation('orders');
  const locale = i18n.language || 'en';
  const picker = useRef<HTMLInputElement>(null);
  // What the user is typing; null shows the value as the locale writes it.
  const [draft, setDraft] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);
  const [seen, setSeen] = useState(props.value);
  const read = (text: string) => (text.trim() === '' ? '' : parseLocaleDate(text, locale));

  // Changed from outside (cleared, picked): the typed text gives way to the new value.
  if (seen !== props.value) {
    setSeen(props.value);
    if (draft !== null && read(draft) !== props.value) setDraft(null);
  }

  const invalid = draft !== null && read(draft) === null;
  const example = exampleDate(locale);
  return (
    <TextInput
      label={props.label}
      w={props.width ?? 170}
      value={draft ?? formatIsoDate(props.value, locale)}
      placeholder={datePlaceholder(locale, {
        year: t('filters.dateParts.year'),
        month: t('filters.dateParts.month'),
        day: t('filters.dateParts.day'),
      })}
      inputMode="numeric"
      autoComplete="off"
      error={
        invalid && !focused ? t('filters.dateInvalid', { example }) : (props.error ?? undefined)
      }
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false);
        if (!invalid) setDraft(null);
      }}
      onChange={(event) => {
        const text = event.currentTarget.value;
        setDraft(text);
        const iso = read(text);
        if (iso !== null) props.onChange(iso);
      }}
      rightSection={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={t('filters.pickDate', { field: props.label })}
            onClick={() => picker.current?.showPicker?.()}
          >
            <IconCalendar size={16} aria-hidden />
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden
            value={props.value}
            onChange={(event) => {
              setDraft(null);
              props.onChange(event.currentTarget.value);
            }}
            style={{
              position: 'absolute',
              right: 0,
              bottom: 0,
              width: 1,
              height: 1,
              opacity: 0,
              pointerEvents: 'none',
            }}
          />
        </>
      }
    />
  );
}
