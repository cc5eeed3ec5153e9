import { Select } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { Field, type FieldProps } from './field.tsx';

export interface SelectFieldProps extends Pick<FieldProps, 'labelSize' | 'minWidth'> {
  /** The caption's id: the trigger is named by it (aria-labelledby). */
  labelId: string;
  label: ReactNode;
  /** Undefined shows the trigger empty (nothing chosen yet). */
  value: string | undefined;
  options: readonly { value: string; label: ReactNode }[];
  onValueChange(value: string): void;
}

/** A captioned drop-down (size 3) of a known list. */
export function SelectField({
  labelId,
  label,
  labelSize,
  minWidth,
  value,
  options,
  onValueChange,
}: SelectFieldProps) {
  return (
    <Field label={label} labelId={labelId} labelSize={labelSize} minWidth={minWidth}>
      <Select.Root size="3" value={value} onValueChange={onValueChange}>
        <Select.Trigger aria-labelledby={labelId} />
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option.value} value={option.value}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select.Root>
    </Field>
  );
}
