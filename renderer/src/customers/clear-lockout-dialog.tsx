import { AlertDialog, Box, Button, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useCustomers } from './customers-context.tsx';
import { useCustomersText } from './use-customers-text.ts';

/** An admin lifts a customer's lock, after saying so: it is written in the check log. */
export function ClearLockoutDialog({ name }: { name: string }) {
  const { t } = useCustomersText();
  const clearLockout = useCustomers((state) => state.clearLockout);
  const error = useCustomers((state) => state.clearError);
  const [open, setOpen] = useState(false);

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger>
        <Button size="3" variant="surface" color="gray" highContrast>
          {t('lockout.clear')}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content size="4" maxWidth="580px">
        <AlertDialog.Title size="6">{t('lockout.title', { name })}</AlertDialog.Title>
        <AlertDialog.Description size="4">{t('lockout.body')}</AlertDialog.Description>
        {error ? (
          <Box mt="4">
            <ErrorCallout error={error} />
          </Box>
        ) : null}
        <Flex gap="3" mt="5" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button size="3" variant="soft" color="gray">
              {t('lockout.cancel')}
            </Button>
          </AlertDialog.Cancel>
          <Button
            size="3"
            color="red"
            onClick={async () => {
              if (await clearLockout()) setOpen(false);
            }}
          >
            {t('lockout.confirm')}
          </Button>
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
