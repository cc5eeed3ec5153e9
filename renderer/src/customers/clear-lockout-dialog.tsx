import { Box, Button } from '@radix-ui/themes';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { useCustomersText } from './use-customers-text.ts';

/**
 * A manager lifts a customer's lock in the manager dialog (passcode and name): main checks the
 * passcode before it clears anything, and the clear is written in the check log with the name.
 */
export function ClearLockoutDialog({ name }: { name: string }) {
  const { t } = useCustomersText();
  const clearLockout = useAppStore('customers', (state) => state.clearLockout);
  const error = useAppStore('customers', (state) => state.clearError);
  const askManager = useManagerApproval();

  return (
    <>
      <Button
        size="3"
        variant="surface"
        color="gray"
        highContrast
        onClick={() =>
          void askManager({
            title: t('lockout.title', { name }),
            body: t('lockout.body'),
            confirmLabel: t('lockout.confirm'),
            run: clearLockout,
          })
        }
      >
        {t('lockout.clear')}
      </Button>
      {error ? (
        <Box mt="3">
          <ErrorCallout error={error} />
        </Box>
      ) : null}
    </>
  );
}
