import { Callout, Flex } from '@radix-ui/themes';
import type { ComponentProps, ReactNode } from 'react';

type RootProps = Omit<ComponentProps<typeof Callout.Root>, 'children' | 'title'>;

export interface TitledCalloutProps extends RootProps {
  /** What happened, in bold. */
  title: ReactNode;
  titleSize?: '4' | '5';
  /** What to do about it, under the title. */
  hint: ReactNode;
  hintSize?: '2' | '3';
}

/** A callout of two lines, a bold one and a plain one; color, role and test ids pass to the callout. */
export function TitledCallout({ title, titleSize = '4', hint, hintSize, ...root }: TitledCalloutProps) {
  return (
    <Callout.Root {...root}>
      <Flex direction="column" gap="1">
        <Callout.Text size={titleSize} weight="bold">
          {title}
        </Callout.Text>
        <Callout.Text size={hintSize}>{hint}</Callout.Text>
      </Flex>
    </Callout.Root>
  );
}
