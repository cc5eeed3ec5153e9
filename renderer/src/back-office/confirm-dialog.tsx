import { AlertDialog, Button, Flex, Spinner, Text, TextField } from '@radix-ui/themes';
import { type ReactNode, type RefObject, useId, useRef, useState } from 'react';
import { createBurstEnterGuard } from '../ui/burst-enter.ts';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** Names the document: "Erase invoice 2026.11.00001 for good?" */
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** `danger` (cannot be undone): red, and the keys start on Cancel. Otherwise they start on the confirm button. */
  tone: 'danger' | 'normal';
  busy: boolean;
  busyLabel: string;
  onConfirm(): Promise<void>;
  /**
   * For what cannot be undone: the person types this again (an invoice number) before the
   * confirm button wakes up. Case and surrounding spaces do not matter.
   */
  retype?: { label: string; expected: string };
  /** Where the keys go once it closes (the next scan), instead of back to whatever opened it. */
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
}

/**
 * The deliberate step before a write: what will happen to which document, in words, and one
 * button that says it again. It stays open, showing that it is sending, until DealPOS answers.
 * A scanner's Enter (the end of a burst of keys) presses nothing in it.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [endsBurst] = useState(createBurstEnterGuard);
  const [typed, setTyped] = useState('');
  const bodyId = useId();
  const retypeId = useId();
  const retyped = !props.retype || typed.trim().toLowerCase() === props.retype.expected.trim().toLowerCase();
  return (
    <AlertDialog.Root
      open={props.open}
      onOpenChange={(open) => {
        if (props.busy) return;
        setTyped('');
        props.onOpenChange(open);
      }}
    >
      <AlertDialog.Content
        size="4"
        maxWidth="620px"
        data-testid={props.testId}
        // The body has paragraphs and lists, which a Description (a <p>) cannot hold.
        aria-describedby={bodyId}
        onKeyDownCapture={(event) => {
          if (endsBurst(event.key, event.timeStamp)) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
        onOpenAutoFocus={(event) => {
          if (props.tone === 'normal') {
            event.preventDefault();
            confirmRef.current?.focus();
          }
        }}
        onCloseAutoFocus={(event) => {
          if (props.returnFocus?.current) {
            event.preventDefault();
            props.returnFocus.current.focus();
          }
        }}
      >
        <AlertDialog.Title size="7">{props.title}</AlertDialog.Title>
        <div id={bodyId} className="office-confirm-body">
          {props.children}
        </div>
        {props.retype ? (
          <Flex direction="column" gap="1" mt="4">
            <Text as="label" size="3" weight="bold" htmlFor={retypeId}>
              {props.retype.label}
            </Text>
            <TextField.Root
              id={retypeId}
              size="3"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => setTyped(event.target.value)}
              // Enter here never confirms: the button must be reached on purpose.
              onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
            />
          </Flex>
        ) : null}
        <Flex gap="3" mt="6" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button size="4" variant="soft" color="gray" disabled={props.busy}>
              {props.cancelLabel}
            </Button>
          </AlertDialog.Cancel>
          <Button
            ref={confirmRef}
            size="4"
            color={props.tone === 'danger' ? 'red' : undefined}
            disabled={props.busy || !retyped}
            onClick={async () => {
              await props.onConfirm();
              setTyped('');
              props.onOpenChange(false);
            }}
          >
            {props.busy ? <Spinner size="3" /> : null}
            {props.busy ? props.busyLabel : props.confirmLabel}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
