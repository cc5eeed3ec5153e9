import { AlertDialog, Box, Button, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../bridge/contract.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { isApprovalError } from '../manager/approval-error.ts';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { DialogActions } from '../ui/dialog-actions.tsx';

/**
 * Disconnect from a live store in the manager dialog (main refuses it without the manager
 * passcode: the secret is gone afterwards), or leave the demo after a plain confirmation.
 */
export function DisconnectDialog({ demo }: { demo: boolean }) {
  return demo ? <LeaveDemoDialog /> : <DisconnectButton />;
}

function DisconnectButton() {
  const { t } = useTranslation();
  const disconnect = useAppStore('session', (state) => state.disconnect);
  const askManager = useManagerApproval();
  const [error, setError] = useState<IpcError | null>(null);
  return (
    <Flex direction="column" gap="3">
      <Box>
        <Button
          size="3"
          color="red"
          variant="soft"
          onClick={() =>
            void askManager({
              title: t('settings.disconnectTitle'),
              body: t('settings.disconnectBody'),
              confirmLabel: t('settings.disconnect'),
              run: async (approval) => {
                const failed = await disconnect(approval);
                // The frame goes away on success; another failure shows here, under the button.
                setError(isApprovalError(failed) ? null : failed);
                return failed;
              },
            })
          }
        >
          {t('settings.disconnect')}
        </Button>
      </Box>
      {error ? <ErrorCallout error={error} /> : null}
    </Flex>
  );
}

function LeaveDemoDialog() {
  const { t } = useTranslation();
  const disconnect = useAppStore('session', (state) => state.disconnect);
  const [error, setError] = useState<IpcError | null>(null);
  const label = t('settings.leaveDemo');

  return (
    <AlertDialog.Root onOpenChange={() => setError(null)}>
      <AlertDialog.Trigger>
        <Button size="3" color="red" variant="soft">
          {label}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content size="4" maxWidth="580px">
        <AlertDialog.Title size="6">{t('settings.leaveDemoTitle')}</AlertDialog.Title>
        <AlertDialog.Description size="4">{t('settings.leaveDemoBody')}</AlertDialog.Description>
        {error ? (
          <Box mt="4">
            <ErrorCallout error={error} />
          </Box>
        ) : null}
        <DialogActions within="alert-dialog" cancelLabel={t('settings.cancel')}>
          <Button
            size="3"
            color="red"
            onClick={async () => {
              // The dialog goes away with the frame on success; it stays open to show a failure.
              setError(await disconnect());
            }}
          >
            {label}
          </Button>
        </DialogActions>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
