import { Text, TextField } from '@radix-ui/themes';
import type { RefObject } from 'react';
import { formatRupiah } from '../money/format-rupiah.ts';
import { Field } from '../ui/field.tsx';
import { parseRupiah } from './rupiah-input.ts';
import { useBackOfficeText } from './use-back-office-text.ts';
import { priceText } from './variant-draft.ts';

export interface RupiahFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  /** Empty is allowed (an optional cost). */
  optional?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/** A price typed as a person types it ("150.000"), read back as the shop prints it ("Rp 150.000"). */
export function RupiahField({ id, label, value, onChange, optional, inputRef }: RupiahFieldProps) {
  const { t } = useBackOfficeText();
  const amount = parseRupiah(value);
  const bad = amount === null && !(optional && value.trim() === '');
  return (
    <Field label={label} htmlFor={id}>
      <TextField.Root
        id={id}
        ref={inputRef}
        size="3"
        className="office-price"
        inputMode="numeric"
        value={value}
        color={bad ? 'red' : undefined}
        aria-invalid={bad}
        onChange={(event) => onChange(event.currentTarget.value)}
        // Reached by Tab or after a scan: typing replaces the price rather than adding to it.
        onFocus={(event) => event.currentTarget.select()}
        autoComplete="off"
      >
        <TextField.Slot>Rp</TextField.Slot>
      </TextField.Root>
      {/* Said back only when it helps: a refusal, or an amount typed without its dots. */}
      {bad || (amount !== null && value.trim() !== priceText(amount)) ? (
        <Text id={`${id}-read`} size="2" color={bad ? 'red' : 'gray'} highContrast>
          {bad ? t('variant.badPrice') : amount === null ? '' : formatRupiah(amount)}
        </Text>
      ) : null}
    </Field>
  );
}
