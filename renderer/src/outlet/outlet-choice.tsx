import { Flex, RadioCards, Text } from '@radix-ui/themes';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outlet } from '../bridge/contract.ts';
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts';

interface OutletChoiceProps {
  outlets: readonly Outlet[];
  value: string | null;
  onChange(outletId: string): void;
  /** Enter on a card: radios do not submit a form by themselves. */
  onConfirm(): void;
  label: string;
}

/** The chosen card, else the first: where the keys go when the list appears. */
const chosenCard = (group: HTMLElement) =>
  group.querySelector<HTMLElement>('[role="radio"][data-state="checked"]') ??
  group.querySelector<HTMLElement>('[role="radio"]');

/** The outlets as large cards: arrow keys move, Enter confirms. Render it once the list is there. */
export function OutletChoice({ outlets, value, onChange, onConfirm, label }: OutletChoiceProps) {
  const { t } = useTranslation();
  const groupRef = useFocusOnMount<HTMLDivElement>(chosenCard);
  // Enter takes the card that has the focus, chosen or not: the first card has it on arrival.
  const confirmOnEnter = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter') return;
    const focused = (event.target as HTMLElement).closest('[role="radio"]')?.getAttribute('value');
    const outletId = focused ?? value;
    if (!outletId) return;
    event.preventDefault();
    if (outletId !== value) onChange(outletId);
    onConfirm();
  };
  return (
    <RadioCards.Root
      ref={groupRef}
      size="3"
      columns={{ initial: '1', sm: '2' }}
      gap="3"
      value={value ?? ''}
      onValueChange={onChange}
      onKeyDown={confirmOnEnter}
      aria-label={label}
    >
      {outlets.map((outlet) => (
        <RadioCards.Item key={outlet.id} value={outlet.id}>
          <Flex as="span" direction="column" width="100%">
            <Text size="5" weight="bold">
              {outlet.name}
            </Text>
            {outlet.code ? (
              <Text size="3" color="gray" highContrast>
                {t('connect.outletCode', { code: outlet.code })}
              </Text>
            ) : null}
          </Flex>
        </RadioCards.Item>
      ))}
    </RadioCards.Root>
  );
}
