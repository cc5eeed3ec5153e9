import { AlertDialog, Button, Dialog, Flex } from '@radix-ui/themes';
import type { ReactNode } from 'react';

export interface DialogActionsProps {
  cancelLabel: string;
  /** Which Radix dialog the row sits in: its own close part dismisses it (and returns focus). */
  within: 'dialog' | 'alert-dialog';
  /** The confirming button(s), after Cancel. */
  children: ReactNode;
}

/** A dialog's bottom row: Cancel (soft gray), then what confirms, on the right. */
export function DialogActions({ cancelLabel, within, children }: DialogActionsProps) {
  const cancel = (
    <Button size="3" variant="soft" color="gray">
      {cancelLabel}
    </Button>
  );
  return (
    <Flex gap="3" mt="5" justify="end" wrap="wrap">
      {within === 'alert-dialog' ? (
        <AlertDialog.Cancel>{cancel}</AlertDialog.Cancel>
      ) : (
        <Dialog.Close>{cancel}</Dialog.Close>
      )}
      {children}
    </Flex>
  );
}
