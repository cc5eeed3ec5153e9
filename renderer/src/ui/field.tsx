import { Flex, Text } from '@radix-ui/themes';
import type { ComponentProps, ReactNode } from 'react';

type FlexProps = ComponentProps<typeof Flex>;

export interface FieldProps {
  label: ReactNode;
  /** The native control the label names: clicking the label focuses it. */
  htmlFor?: string;
  /** The label's own id, for a control named by aria-labelledby (Radix Select, SegmentedControl, RadioGroup). */
  labelId?: string;
  /** A <label> by default; a span or div where the control is named by aria-labelledby instead. */
  labelAs?: 'label' | 'span' | 'div';
  labelSize?: '2' | '3' | '4';
  gap?: FlexProps['gap'];
  flexGrow?: FlexProps['flexGrow'];
  minWidth?: FlexProps['minWidth'];
  maxWidth?: FlexProps['maxWidth'];
  /** The control, and anything said under it. */
  children: ReactNode;
}

/** A bold caption above its control, the way every form on every screen lays one out. */
export function Field({
  label,
  htmlFor,
  labelId,
  labelAs = 'label',
  labelSize = '3',
  gap = '1',
  flexGrow,
  minWidth,
  maxWidth,
  children,
}: FieldProps) {
  const caption =
    labelAs === 'label' ? (
      <Text as="label" htmlFor={htmlFor} size={labelSize} weight="bold" id={labelId}>
        {label}
      </Text>
    ) : labelAs === 'div' ? (
      <Text as="div" size={labelSize} weight="bold" id={labelId}>
        {label}
      </Text>
    ) : (
      <Text size={labelSize} weight="bold" id={labelId}>
        {label}
      </Text>
    );
  return (
    <Flex direction="column" gap={gap} flexGrow={flexGrow} minWidth={minWidth} maxWidth={maxWidth}>
      {caption}
      {children}
    </Flex>
  );
}
