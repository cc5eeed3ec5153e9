import { Box, Button, Dialog, Flex, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { OutletChoice } from '../outlet/outlet-choice.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { DialogActions } from '../ui/dialog-actions.tsx';

/** Settings' outlet change: the account's outlets (one DealPOS request), then the choice. */
export function ChangeOutletDialog() {
  const { t } = useTranslation();
  const open = useAppStore('outletChange', (state) => state.open);
  const busy = useAppStore('outletChange', (state) => state.busy);
  const outlets = useAppStore('outletChange', (state) => state.outlets);
  const outletId = useAppStore('outletChange', (state) => state.outletId);
  const error = useAppStore('outletChange', (state) => state.error);
  const choose = useAppStore('outletChange', (state) => state.choose);
  const save = useAppStore('outletChange', (state) => state.save);
  const close = useAppStore('outletChange', (state) => state.close);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) close();
      }}
    >
      <Dialog.Content size="4" maxWidth="760px">
        <Dialog.Title size="6">{t('settings.chooseOutletTitle')}</Dialog.Title>
        <Dialog.Description size="3" mb="4">
          {t('connect.outletHint')}
        </Dialog.Description>
        {busy === 'loading' ? (
          <Flex align="center" gap="3" role="status">
            <Spinner size="3" />
            <Text size="4">{t('settings.loadingOutlets')}</Text>
          </Flex>
        ) : outlets.length === 0 ? null : (
          <OutletChoice
            outlets={outlets}
            value={outletId}
            onChange={choose}
            onConfirm={() => void save()}
            label={t('settings.chooseOutletTitle')}
          />
        )}
        {error ? (
          <Box mt="4">
            <ErrorCallout error={error} />
          </Box>
        ) : null}
        <DialogActions within="dialog" cancelLabel={t('settings.cancel')}>
          <Button size="3" disabled={busy !== null || outletId === null} onClick={() => void save()}>
            {busy === 'saving' ? <Spinner size="2" /> : null}
            {t('settings.useOutlet')}
          </Button>
        </DialogActions>
      </Dialog.Content>
    </Dialog.Root>
  );
}
