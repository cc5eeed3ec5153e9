import { Button, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts';

export function StartingScreen() {
  const { t } = useTranslation();
  return (
    <Flex className="screen-center" align="center" justify="center" gap="3" role="status">
      <Spinner size="3" />
      <Text size="5">{t('app.loading')}</Text>
    </Flex>
  );
}

/** Main did not answer the first questions (app info, settings, connection). */
export function StartFailedScreen() {
  const { t } = useTranslation();
  const error = useAppStore('session', (state) => state.startError);
  const start = useAppStore('session', (state) => state.start);
  const retryRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <Flex className="screen-center" direction="column" align="center" justify="center" gap="4">
      <Heading size="7">{t('app.startFailed')}</Heading>
      {error ? <ErrorCallout error={error} /> : null}
      <Button size="4" ref={retryRef} onClick={() => void start()}>
        {t('app.retry')}
      </Button>
    </Flex>
  );
}
