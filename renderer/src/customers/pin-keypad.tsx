import { Button, Flex, Grid } from '@radix-ui/themes';
import type { RefObject } from 'react';
import { longestPin } from './pin-entry.ts';
import { useCustomersText } from './use-customers-text.ts';

export interface PinKeypadProps {
  keypadRef: RefObject<HTMLDivElement | null>;
  disabled: boolean;
  canSubmit: boolean;
  checking: boolean;
  onDigit(digit: string): void;
  onBackspace(): void;
  onClear(): void;
  onSubmit(): void;
}

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** The typed PIN as dots: filled for each digit, at least six places. Never the digits. */
export function PinDots({ typed }: { typed: number }) {
  const { t } = useCustomersText();
  const places = Math.min(longestPin, Math.max(6, typed));
  return (
    <Flex
      className="pin-dots"
      gap="2"
      role="status"
      aria-live="polite"
      aria-label={t('pin.typed', { count: typed })}
      data-testid="pin-dots"
      data-typed={typed}
    >
      {Array.from({ length: places }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a place, not an item
        <span key={i} className={i < typed ? 'pin-dot pin-dot-filled' : 'pin-dot'} aria-hidden="true" />
      ))}
    </Flex>
  );
}

/** Large keys 0-9, delete, clear and OK; the keyboard drives it too (keypad-keys.ts). */
export function PinKeypad(props: PinKeypadProps) {
  const { t } = useCustomersText();
  const { disabled } = props;
  return (
    <Flex
      direction="column"
      gap="2"
      ref={props.keypadRef}
      tabIndex={-1}
      role="group"
      aria-label={t('pin.keypad')}
      className="pin-keypad"
    >
      <Grid columns="3" gap="2">
        {digits.map((digit) => (
          <Button
            key={digit}
            size="4"
            variant="surface"
            className="keypad-key"
            disabled={disabled}
            onClick={() => props.onDigit(digit)}
          >
            {digit}
          </Button>
        ))}
        <Button
          size="4"
          variant="soft"
          color="gray"
          className="keypad-key keypad-key-word"
          disabled={disabled}
          onClick={props.onClear}
        >
          {t('pin.clear')}
        </Button>
        <Button
          size="4"
          variant="surface"
          className="keypad-key"
          disabled={disabled}
          onClick={() => props.onDigit('0')}
        >
          0
        </Button>
        <Button
          size="4"
          variant="soft"
          color="gray"
          className="keypad-key"
          disabled={disabled}
          aria-label={t('pin.backspace')}
          onClick={props.onBackspace}
        >
          <span aria-hidden="true">⌫</span>
        </Button>
      </Grid>
      <Button
        size="4"
        color="green"
        className="keypad-ok"
        disabled={disabled || !props.canSubmit}
        loading={props.checking}
        onClick={props.onSubmit}
      >
        {t('pin.ok')}
      </Button>
    </Flex>
  );
}
