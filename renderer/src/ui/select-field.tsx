import { Flex, Select } from '@radix-ui/themes';
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
  /** Something that goes with the choice (a button to edit the list), beside the drop-down. */
  beside?: ReactNode;
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
  beside,
}: SelectFieldProps) {
  const select = (
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
  );
  return (
    <Field label={label} labelId={labelId} labelSize={labelSize} minWidth={minWidth}>
      {beside ? (
        <Flex gap="2" wrap="wrap">
          {select}
          {beside}
        </Flex>
      ) : (
        select
      )}
    </Field>
  );
}
