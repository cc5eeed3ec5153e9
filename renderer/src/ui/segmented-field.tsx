import { SegmentedControl } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { Field, type FieldProps } from './field.tsx';

export interface SegmentedFieldProps<V extends string> extends Pick<FieldProps, 'labelAs' | 'labelSize'> {
  /** The caption's id: the control is named by it (aria-labelledby). */
  labelId: string;
  label: ReactNode;
  value: V;
  options: readonly { value: V; label: ReactNode }[];
  /** Radix hands back a plain string: the caller checks it is one of the options. */
  onValueChange(value: string): void;
  className?: string;
}

/** A captioned choice of a few (size 3), one segment an option. */
export function SegmentedField<V extends string>({
  labelId,
  label,
  labelAs = 'span',
  labelSize,
  value,
  options,
  onValueChange,
  className,
}: SegmentedFieldProps<V>) {
  return (
    <Field label={label} labelId={labelId} labelAs={labelAs} labelSize={labelSize}>
      <SegmentedControl.Root
        size="3"
        value={value}
        aria-labelledby={labelId}
        onValueChange={onValueChange}
        className={className}
      >
        {options.map((option) => (
          <SegmentedControl.Item key={option.value} value={option.value}>
            {option.label}
          </SegmentedControl.Item>
        ))}
      </SegmentedControl.Root>
    </Field>
  );
}
