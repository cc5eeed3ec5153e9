import { Card, Flex, Heading } from '@radix-ui/themes';
import type { ComponentProps, ReactNode } from 'react';

export interface SectionCardProps {
  /** The section's heading (an h2). */
  title: ReactNode;
  /** The space between the heading and each part under it. */
  gap: ComponentProps<typeof Flex>['gap'];
  testId?: string;
  children: ReactNode;
}

/** One part of a screen: a card with its heading on top and its parts stacked under it. */
export function SectionCard({ title, gap, testId, children }: SectionCardProps) {
  return (
    <Card size="3" data-testid={testId}>
      <Flex direction="column" gap={gap}>
        <Heading as="h2" size="5">
          {title}
        </Heading>
        {children}
      </Flex>
    </Card>
  );
}
