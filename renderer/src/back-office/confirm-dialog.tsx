import { AlertDialog, Button, Flex, Spinner } from '@radix-ui/themes';
import { type ReactNode, type RefObject, useId, useRef } from 'react';

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
  /** Where the keys go once it closes (the next scan), instead of back to whatever opened it. */
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
}

/**
 * The deliberate step before a write: what will happen to which document, in words, and one
 * button that says it again. It stays open, showing that it is sending, until DealPOS answers.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const confirmRef = useRef<HTMLButtonElement>(null);
  const bodyId = useId();
  return (
    <AlertDialog.Root open={props.open} onOpenChange={(open) => !props.busy && props.onOpenChange(open)}>
      <AlertDialog.Content
        size="4"
        maxWidth="620px"
        data-testid={props.testId}
        // The body has paragraphs and lists, which a Description (a <p>) cannot hold.
        aria-describedby={bodyId}
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
            disabled={props.busy}
            onClick={async () => {
              await props.onConfirm();
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
