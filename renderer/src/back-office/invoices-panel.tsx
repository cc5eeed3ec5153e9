import { Button, Card, Flex, Grid, Spinner, Text } from '@radix-ui/themes';
import { type FormEvent, type RefObject, useEffect, useRef, useState } from 'react';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { SegmentedField } from '../ui/segmented-field.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';
import { ConfirmDialog } from './confirm-dialog.tsx';
import type { InvoiceReading } from './contract.ts';
import { InvoiceCard, InvoiceGlance } from './invoice-detail-card.tsx';
import { canAct, type FulfillmentGuard, type InvoiceAction, stateNow } from './invoice-store.ts';
import { OutletSelect } from './outlet-select.tsx';
import { ScanTextField } from './scan-text-field.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';
import { NotSent } from './write-result.tsx';

const guards: readonly FulfillmentGuard[] = ['any', 'Sent', 'Unsent'];
const isGuard = (value: string): value is FulfillmentGuard => (guards as readonly string[]).includes(value);
const guardText = {
  any: 'invoice.guardAny',
  Sent: 'invoice.guardSent',
  Unsent: 'invoice.guardUnsent',
} as const;

/** Invoices: open one by outlet and number (typed, or scanned from the receipt), then void, restore or erase it. */
export function InvoicesPanel() {
  const { t } = useBackOfficeText();
  const number = useAppStore('invoices', (s) => s.number);
  const setNumber = useAppStore('invoices', (s) => s.setNumber);
  const openInvoice = useAppStore('invoices', (s) => s.openInvoice);
  const open = useAppStore('invoices', (s) => s.open);
  const error = useAppStore('invoices', (s) => s.error);
  const reading = useAppStore('invoices', (s) => s.reading);
  const outlet = useAppStore('outlets', (s) => s.chosen);
  const numberRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // After the click that showed the panel has focused its tab: a receipt can be scanned at once.
    const timer = setTimeout(() => numberRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const submit = async (event: FormEvent) => {
    // The page never navigates (the CSP has form-action 'none'): the form is only for Enter.
    event.preventDefault();
    if (!outlet) return;
    // Something to act on: the keys go to the note. Otherwise they stay for the next scan.
    if (await openInvoice(outlet)) noteRef.current?.focus();
    else numberRef.current?.select();
  };

  return (
    <Flex direction="column" gap="5" data-testid="office-invoices">
      <form onSubmit={(event) => void submit(event)} noValidate aria-label={t('invoice.number')}>
        <Flex gap="3" align="end" wrap="wrap">
          <OutletSelect id="office-invoice-outlet" />
          <ScanTextField
            id="office-invoice-number"
            label={t('invoice.number')}
            minWidth="320px"
            maxLength={60}
            inputRef={numberRef}
            value={number}
            placeholder={t('invoice.placeholder')}
            onChange={(event) => setNumber(event.currentTarget.value)}
          />
          <Button type="submit" size="3" className="office-go" disabled={!outlet || number.trim() === ''}>
            {t('invoice.open')}
          </Button>
        </Flex>
      </form>
      {error ? <NotSent error={error} /> : null}
      {reading ? (
        <Flex gap="3" align="center" role="status" data-testid="invoice-reading">
          <Spinner size="3" />
          <Text size="4">{t('invoice.reading', { number: reading.number })}</Text>
        </Flex>
      ) : open ? (
        <Grid columns={{ initial: '1', md: '1fr 1fr' }} gap="5" align="start">
          <InvoiceCard open={open} />
          <InvoiceActions open={open} noteRef={noteRef} numberRef={numberRef} />
        </Grid>
      ) : (
        <Text size="5" color="gray" highContrast>
          {t('invoice.start')}
        </Text>
      )}
    </Flex>
  );
}

interface ActionsProps {
  open: InvoiceReading;
  noteRef: RefObject<HTMLInputElement | null>;
  numberRef: RefObject<HTMLInputElement | null>;
}

/** Void (with a note and the fulfilment guard), restore, erase: each behind a confirmation naming the invoice. */
function InvoiceActions({ open, noteRef, numberRef }: ActionsProps) {
  const { t } = useBackOfficeText();
  const note = useAppStore('invoices', (s) => s.note);
  const guard = useAppStore('invoices', (s) => s.guard);
  const busy = useAppStore('invoices', (s) => s.busy);
  const setNote = useAppStore('invoices', (s) => s.setNote);
  const setGuard = useAppStore('invoices', (s) => s.setGuard);
  const run = useAppStore('invoices', (s) => s.run);
  const askManager = useManagerApproval();
  const [asking, setAsking] = useState<InvoiceAction | null>(null);
  const invoice = open.history;
  // Nothing to act on: DealPOS has no such invoice, or it was erased for good.
  const erased = !canAct(open);
  const state = stateNow(open);
  const activeAtDealpos = state === 'active' && open.lookup.status === 'found';
  const names = { number: invoice.number, outlet: invoice.outlet };

  return (
    <Card size="3">
      <Flex direction="column" gap="4">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!erased) setAsking('void');
          }}
        >
          <Flex direction="column" gap="3">
            <TextInputField
              id="office-invoice-note"
              label={t('common.note')}
              inputRef={noteRef}
              value={note}
              maxLength={250}
              placeholder={t('common.notePlaceholder')}
              onChange={(event) => setNote(event.currentTarget.value)}
              disabled={erased}
            />
            <SegmentedField
              labelId="office-invoice-guard"
              label={t('invoice.guard')}
              value={guard}
              options={guards.map((g) => ({ value: g, label: t(guardText[g]) }))}
              onValueChange={(value) => isGuard(value) && setGuard(value)}
            />
          </Flex>
        </form>
        <Flex direction="column" gap="3" className="office-actions">
          <ActionRow
            label={t('invoice.void')}
            hint={t('invoice.voidHint')}
            // Already in the Recycle Bin: still offered (the state may be stale), but not the obvious next step.
            quiet={state === 'recycle-bin'}
            disabled={erased}
            onClick={() => setAsking('void')}
          />
          <ActionRow
            label={t('invoice.restore')}
            hint={t('invoice.restoreHint')}
            quiet={state === 'active'}
            disabled={erased}
            onClick={() => setAsking('restore')}
          />
          <ActionRow
            label={t('invoice.erase')}
            hint={t('invoice.eraseHint')}
            danger
            disabled={erased}
            onClick={() => setAsking('erase')}
          />
        </Flex>
      </Flex>

      <ConfirmDialog
        open={asking !== null}
        onOpenChange={(open) => !open && setAsking(null)}
        // Voiding and erasing take a sale away: the keys start on Cancel, so a stray Enter cancels.
        tone={asking === 'restore' ? 'normal' : 'danger'}
        retype={asking === 'erase' ? { label: t('invoice.eraseRetype'), expected: names.number } : undefined}
        title={asking ? t(`invoice.${asking}Title`, names) : ''}
        confirmLabel={asking ? t(`invoice.${asking}Confirm`, names) : ''}
        cancelLabel={t('common.cancel')}
        busy={busy !== null}
        busyLabel={t('common.sending')}
        returnFocus={numberRef}
        testId="office-confirm"
        onConfirm={async () => {
          if (asking === 'erase') {
            // Erasing is for good: a manager approves it in the manager dialog, checked in main.
            await askManager({
              title: t('invoice.eraseTitle', names),
              body: t('invoice.eraseBody', names),
              confirmLabel: t('invoice.eraseConfirm', names),
              run: (approval) => run('erase', approval),
            });
          } else if (asking) await run(asking);
        }}
      >
        {asking ? <InvoiceGlance open={open} /> : null}
        {asking && invoice.events[0]?.result === 'uncertain' ? (
          <p className="office-warning">{t('invoice.afterUncertain')}</p>
        ) : null}
        {asking ? <p>{t(`invoice.${asking}Body`, names)}</p> : null}
        {asking === 'void' && guard !== 'any' ? (
          <p>{t('invoice.voidGuard', { guard: t(guardText[guard]) })}</p>
        ) : null}
        {asking !== 'erase' && note.trim() !== '' ? <p className="office-quote">{note.trim()}</p> : null}
        {asking === 'erase' ? (
          <p className={activeAtDealpos ? 'office-warning' : undefined}>
            {t(activeAtDealpos ? 'invoice.eraseActive' : 'invoice.eraseOnlyBin')}
          </p>
        ) : null}
        {asking === 'restore' && activeAtDealpos ? <p>{t('invoice.restoreActive')}</p> : null}
      </ConfirmDialog>
    </Card>
  );
}

/** One action: a wide button, and what it does beside it. */
function ActionRow(props: {
  label: string;
  hint: string;
  danger?: boolean;
  /** Does not fit the invoice's state: drawn outlined rather than filled. */
  quiet?: boolean;
  disabled: boolean;
  onClick(): void;
}) {
  return (
    <Flex gap="4" align="center">
      <Button
        size="4"
        className="office-action office-action-wide"
        color={props.danger ? 'red' : undefined}
        variant={props.danger ? 'soft' : props.quiet ? 'outline' : 'solid'}
        disabled={props.disabled}
        onClick={props.onClick}
      >
        {props.label}
      </Button>
      <Text size="3" color="gray" highContrast>
        {props.hint}
      </Text>
    </Flex>
  );
}
