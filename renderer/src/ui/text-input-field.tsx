import { TextField } from '@radix-ui/themes';
import type { ComponentProps, ReactNode, Ref } from 'react';
import { Field, type FieldProps } from './field.tsx';

type InputProps = Omit<ComponentProps<typeof TextField.Root>, 'id' | 'size' | 'ref'>;

export interface TextInputFieldProps
  extends InputProps,
    Pick<FieldProps, 'labelSize' | 'flexGrow' | 'minWidth' | 'maxWidth'> {
  id: string;
  label: ReactNode;
  inputRef?: Ref<HTMLInputElement>;
}

/** A labelled one-line text box (size 3): the label points at the input by its id. */
export function TextInputField({
  id,
  label,
  labelSize,
  flexGrow,
  minWidth,
  maxWidth,
  inputRef,
  ...input
}: TextInputFieldProps) {
  return (
    <Field
      label={label}
      htmlFor={id}
      labelSize={labelSize}
      flexGrow={flexGrow}
      minWidth={minWidth}
      maxWidth={maxWidth}
    >
      <TextField.Root id={id} ref={inputRef} size="3" {...input} />
    </Field>
  );
}
