import { AlertDialog, Box, Button, Flex } from '@radix-ui/themes';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../app/stores-context.tsx';
import type { IpcError } from '../bridge/contract.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';

/** Disconnect (or leave the demo), after a confirmation: the secret is gone afterwards. */
export function DisconnectDialog({ demo }: { demo: boolean }) {
  const { t } = useTranslation();
  const disconnect = useSession((state) => state.disconnect);
  const [error, setError] = useState<IpcError | null>(null);
  const label = demo ? t('settings.leaveDemo') : t('settings.disconnect');

  return (
    <AlertDialog.Root onOpenChange={() => setError(null)}>
      <AlertDialog.Trigger>
        <Button size="3" color="red" variant="soft">
          {label}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Content size="4" maxWidth="580px">
        <AlertDialog.Title size="6">
          {demo ? t('settings.leaveDemoTitle') : t('settings.disconnectTitle')}
        </AlertDialog.Title>
        <AlertDialog.Description size="4">
          {demo ? t('settings.leaveDemoBody') : t('settings.disconnectBody')}
        </AlertDialog.Description>
        {error ? (
          <Box mt="4">
            <ErrorCallout error={error} />
          </Box>
        ) : null}
        <Flex gap="3" mt="5" justify="end" wrap="wrap">
          <AlertDialog.Cancel>
            <Button size="3" variant="soft" color="gray">
              {t('settings.cancel')}
            </Button>
          </AlertDialog.Cancel>
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
        </Flex>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
