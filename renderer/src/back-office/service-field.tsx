import { TextField } from '@radix-ui/themes';
import type { KeyboardEvent, RefObject } from 'react';
import { Field } from '../ui/field.tsx';
import { logisticServices } from './logistic-services.ts';
import { useBackOfficeText } from './use-back-office-text.ts';

export interface ServiceFieldProps {
  id: string;
  value: string;
  onChange(value: string): void;
  inputRef?: RefObject<HTMLInputElement | null>;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
}

/** The logistic service code: the usual couriers to pick from, or any code typed. */
export function ServiceField({ id, value, onChange, inputRef, onKeyDown }: ServiceFieldProps) {
  const { t } = useBackOfficeText();
  return (
    <Field label={t('shipping.service')} htmlFor={id} minWidth="220px">
      <TextField.Root
        id={id}
        ref={inputRef}
        size="3"
        className="office-service"
        value={value}
        list={`${id}-list`}
        maxLength={40}
        placeholder={t('shipping.servicePlaceholder')}
        // Codes are written in capitals (JNE-REG); a typed "jne-reg" is the same service.
        onChange={(event) => onChange(event.currentTarget.value.toUpperCase())}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck={false}
      />
      <datalist id={`${id}-list`}>
        {logisticServices.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
    </Field>
  );
}
