import { Box, Button, Callout, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { OutletChoice } from '../outlet/outlet-choice.tsx';
import { useAppStore } from '../stores/app-stores.ts';

/** The test passed: choose the outlet of this counter, then save everything. */
export function OutletStep() {
  const { t } = useTranslation();
  const testedHost = useAppStore('connect', (state) => state.testedHost);
  const outlets = useAppStore('connect', (state) => state.outlets);
  const outletId = useAppStore('connect', (state) => state.outletId);
  const busy = useAppStore('connect', (state) => state.busy);
  const saved = useAppStore('connect', (state) => state.saved);
  const error = useAppStore('connect', (state) => state.error);
  const chooseOutletId = useAppStore('connect', (state) => state.chooseOutletId);
  const save = useAppStore('connect', (state) => state.save);
  const backToCredentials = useAppStore('connect', (state) => state.backToCredentials);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    void save();
  };

  return (
    <form onSubmit={submit} aria-busy={busy !== null}>
      <Flex direction="column" gap="5">
        {testedHost ? (
          <Callout.Root color="green" size="3" role="status">
            <Callout.Text>{t('connect.tested', { host: testedHost })}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Box>
          <Heading as="h2" size="6" mb="1">
            {t('connect.outletTitle')}
          </Heading>
          <Text size="3" color="gray" highContrast>
            {t('connect.outletHint')}
          </Text>
        </Box>
        {busy === 'loading-outlets' ? <Spinner size="3" /> : null}
        {busy !== 'loading-outlets' && outlets.length === 0 && !error ? (
          <Callout.Root color="amber" size="3">
            <Callout.Text>{t('connect.noOutlets')}</Callout.Text>
          </Callout.Root>
        ) : null}
        {outlets.length > 0 ? (
          <OutletChoice
            outlets={outlets}
            value={outletId}
            onChange={chooseOutletId}
            onConfirm={() => submit()}
            label={t('connect.outletTitle')}
          />
        ) : null}
        {error ? <ErrorCallout error={error} /> : null}
        <Flex gap="3" wrap="wrap">
          <Button type="submit" size="4" disabled={busy !== null || outletId === null}>
            {busy === 'saving' ? <Spinner size="3" /> : null}
            {busy === 'saving' ? t('connect.saving') : t('connect.save')}
          </Button>
          {saved ? null : (
            <Button type="button" size="4" variant="soft" color="gray" onClick={backToCredentials}>
              {t('connect.changeDetails')}
            </Button>
          )}
        </Flex>
      </Flex>
    </form>
  );
}
