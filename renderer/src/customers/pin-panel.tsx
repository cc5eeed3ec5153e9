import { Button, Callout, Card, Flex, Heading } from '@radix-ui/themes';
import { type RefObject, useLayoutEffect, useRef } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { clockTime, countdown } from '../i18n/format-time.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { TitledCallout } from '../ui/titled-callout.tsx';
import { useTicking } from '../ui/use-ticking.ts';
import { ClearLockoutDialog } from './clear-lockout-dialog.tsx';
import type { CustomerCard } from './contract.ts';
import { statusText } from './customer-card.tsx';
import type { CheckOutcome } from './customers-store.ts';
import { listenToKeypadKeys } from './keypad-keys.ts';
import { canSubmit } from './pin-entry.ts';
import { PinDots, PinKeypad } from './pin-keypad.tsx';
import { useCustomersText } from './use-customers-text.ts';

/** Whether the answer ends this check: nothing more to type. */
const isFinal = (outcome: CheckOutcome | null) =>
  outcome?.result === 'verified' || outcome?.result === 'refused' || outcome?.result === 'no-pin';

interface Props {
  card: CustomerCard;
  /** Where focus goes when a check is over (the search, for the next customer). */
  searchRef: RefObject<HTMLInputElement | null>;
}

/** The PIN check of the customer on the card: the keypad, then what main answered. */
export function PinPanel({ card, searchRef }: Props) {
  const { t } = useCustomersText();
  const pin = useAppStore('customers', (state) => state.pin);
  const checking = useAppStore('customers', (state) => state.checking);
  const outcome = useAppStore('customers', (state) => state.outcome);
  const typeDigit = useAppStore('customers', (state) => state.typeDigit);
  const backspace = useAppStore('customers', (state) => state.backspace);
  const clearPin = useAppStore('customers', (state) => state.clearPin);
  const submitPin = useAppStore('customers', (state) => state.submitPin);
  const again = useAppStore('customers', (state) => state.again);
  const find = useAppStore('customers', (state) => state.find);
  const scannerSettings = useAppStore('scannerSettings', (state) => state.settings);
  const keypadRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);

  const lockedUntil = card.lockout.lockedUntil;
  const locked = lockedUntil !== null && lockedUntil > Date.now();
  useTicking(locked);
  const refused = card.statusKind !== 'active';
  const final = isFinal(outcome);
  const listening = !refused && !final && !locked;

  // Typing starts on the keypad as soon as the card is up; once the check is over, the search
  // takes the keys again, so the next member card can be scanned straight away. Both happen before
  // the card is painted (layout effects), so a digit typed the moment it shows is never lost.
  // A lock can come in the middle of a PIN: the customer may still be typing. The keys then stay
  // with the panel, where digits go nowhere (a PIN must never show in the search box), while a
  // member card scanned meanwhile still looks that customer up.
  const guarding = locked && !final && !refused;
  useLayoutEffect(() => {
    if (listening) keypadRef.current?.focus();
    else if (guarding) panelRef.current?.focus();
    else if (final || refused) searchRef.current?.select();
  }, [listening, guarding, final, refused, searchRef]);

  useLayoutEffect(() => {
    if (!listening && !guarding) return;
    const ignore = () => undefined;
    return listenToKeypadKeys(
      window,
      () => keypadRef.current,
      listening
        ? {
            digit: typeDigit,
            backspace,
            clear: clearPin,
            submit: () => void submitPin(),
            scan: (code) => void find({ by: 'code', value: code }),
          }
        : {
            digit: ignore,
            backspace: ignore,
            clear: ignore,
            submit: ignore,
            scan: (code) => void find({ by: 'code', value: code }),
          },
      scannerSettings,
    );
  }, [listening, guarding, typeDigit, backspace, clearPin, submitPin, find, scannerSettings]);

  return (
    <Card size="3" className="pin-panel" data-testid="pin-panel" ref={panelRef} tabIndex={-1}>
      <Flex direction="column" gap="3">
        <Flex justify="between" align="center" gap="3" wrap="wrap">
          <Heading as="h2" size="6">
            {t('pin.title')}
          </Heading>
          {listening ? <PinDots typed={pin.length} /> : null}
        </Flex>
        {refused ? (
          <TitledCallout
            color="red"
            size="2"
            role="alert"
            data-testid="pin-refused"
            title={t('pin.refused', { status: statusText(card, t) })}
            hint={t('pin.refusedHint')}
            hintSize="3"
          />
        ) : (
          <>
            <Outcome outcome={outcome} card={card} locked={locked} />
            {final ? (
              <Button size="4" variant="soft" onClick={again}>
                {t('pin.again')}
              </Button>
            ) : null}
            {listening ? (
              <PinKeypad
                keypadRef={keypadRef}
                disabled={checking}
                canSubmit={canSubmit(pin)}
                checking={checking}
                onDigit={typeDigit}
                onBackspace={backspace}
                onClear={clearPin}
                onSubmit={() => void submitPin()}
              />
            ) : null}
          </>
        )}
      </Flex>
    </Card>
  );
}

function Outcome({
  outcome,
  card,
  locked,
}: {
  outcome: CheckOutcome | null;
  card: CustomerCard;
  locked: boolean;
}) {
  const { t, language } = useCustomersText();
  const lockedUntil = card.lockout.lockedUntil;

  if (locked && lockedUntil !== null) {
    return (
      <Callout.Root color="red" size="2" role="alert" data-testid="pin-outcome" data-result="locked">
        <Flex direction="column" gap="2">
          <Callout.Text size="4" weight="bold">
            {t('pin.locked', { time: clockTime(lockedUntil, language) })}
          </Callout.Text>
          <Callout.Text size="3">
            {t('pin.lockedHint', { left: countdown(lockedUntil - Date.now()) })}
          </Callout.Text>
          <Flex mt="1">
            <ClearLockoutDialog name={card.name} />
          </Flex>
        </Flex>
      </Callout.Root>
    );
  }
  if (!outcome) {
    return (
      <TitledCallout
        color="indigo"
        size="2"
        data-testid="pin-ask"
        title={t('pin.ask')}
        hint={t('pin.keyboardHint')}
        hintSize="2"
      />
    );
  }
  switch (outcome.result) {
    case 'verified':
      return (
        <OutcomeCallout
          result="verified"
          color="green"
          title={t('pin.verified', { name: card.name })}
          titleSize="5"
          hint={t('pin.verifiedHint')}
        />
      );
    case 'wrong':
      return (
        <OutcomeCallout
          result="wrong"
          color="amber"
          title={t('pin.wrong')}
          hint={t('pin.attemptsLeft', { count: outcome.attemptsLeft })}
        />
      );
    case 'no-pin':
      return (
        <OutcomeCallout result="no-pin" color="amber" title={t('pin.noPin')} hint={t('pin.noPinHint')} />
      );
    case 'refused':
      return (
        <Callout.Root color="red" size="2" role="alert" data-testid="pin-outcome" data-result="refused">
          <Callout.Text size="4" weight="bold">
            {t('pin.refused', {
              status: outcome.statusKind === 'other' ? outcome.status : t(`card.${outcome.statusKind}`),
            })}
          </Callout.Text>
        </Callout.Root>
      );
    case 'locked':
      // The lock has run out since: the keypad is open again.
      return null;
    case 'failed':
      if (
        outcome.error.kind === 'offline' ||
        outcome.error.kind === 'network' ||
        outcome.error.kind === 'timeout'
      ) {
        return (
          <OutcomeCallout result="offline" color="red" title={t('pin.offline')} hint={t('pin.offlineHint')} />
        );
      }
      return <ErrorCallout error={outcome.error} />;
  }
}

type OutcomeResult = 'verified' | 'wrong' | 'no-pin' | 'offline';

/** What a PIN check answered: said as a status when all is well or nothing is wrong, as an alert otherwise. */
function OutcomeCallout(props: {
  result: OutcomeResult;
  color: 'green' | 'amber' | 'red';
  title: string;
  titleSize?: '5';
  hint: string;
}) {
  const calm = props.result === 'verified' || props.result === 'no-pin';
  return (
    <TitledCallout
      color={props.color}
      size="2"
      role={calm ? 'status' : 'alert'}
      data-testid="pin-outcome"
      data-result={props.result}
      title={props.title}
      titleSize={props.titleSize}
      hint={props.hint}
      hintSize="3"
    />
  );
}
