import { AlertDialog, Button, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-stores.ts';
import { DialogActions } from '../ui/dialog-actions.tsx';

/** Main answered `weak-encryption`: the admin decides whether a hidden, unencrypted secret will do. */
export function WeakEncryptionDialog() {
  const { t } = useTranslation();
  const open = useAppStore('connect', (state) => state.confirmWeakEncryption);
  const save = useAppStore('connect', (state) => state.save);
  const cancel = useAppStore('connect', (state) => state.cancelWeakEncryption);
  return (
    <AlertDialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel();
      }}
    >
      <AlertDialog.Content size="4" maxWidth="620px">
        <AlertDialog.Title size="6">{t('weak.title')}</AlertDialog.Title>
        <AlertDialog.Description size="4">{t('weak.body')}</AlertDialog.Description>
        <Text as="p" size="4" mt="3">
          {t('weak.risk')}
        </Text>
        <DialogActions within="alert-dialog" cancelLabel={t('weak.cancel')}>
          <AlertDialog.Action>
            <Button size="3" color="amber" onClick={() => void save({ allowWeakEncryption: true })}>
              {t('weak.confirm')}
            </Button>
          </AlertDialog.Action>
        </DialogActions>
      </AlertDialog.Content>
    </AlertDialog.Root>
  );
}
