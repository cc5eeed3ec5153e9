import { Box, Callout, Card, Container, Flex, Grid, Heading, Spinner, Text } from '@radix-ui/themes';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { AboutDialog } from '../ui/about-dialog.tsx';
import { AppIcon } from '../ui/app-icon.tsx';
import { TopBar } from '../ui/top-bar.tsx';
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts';

/** Not connected yet: connect to the store, or try the demo. */
export function WelcomeScreen() {
  const { t } = useTranslation();
  const openConnect = useAppStore('session', (state) => state.openConnect);
  const startDemo = useAppStore('session', (state) => state.startDemo);
  const demoStarting = useAppStore('session', (state) => state.demoStarting);
  const demoError = useAppStore('session', (state) => state.demoError);
  const startProblem = useAppStore('session', (state) => state.connection.startProblem);
  const connectRef = useFocusOnMount<HTMLButtonElement>();
  const version = useAppStore('session', (state) => state.appInfo?.version);

  return (
    <Flex direction="column" className="screen">
      <TopBar />
      <Container size="3" px="5" py="7" asChild>
        <main>
          <Flex align="center" gap="4" mb="2">
            <AppIcon size={64} />
            <Heading as="h1" size="8">
              {t('welcome.title')}
            </Heading>
          </Flex>
          <Text as="p" size="5" mb="6" color="gray" highContrast>
            {t('welcome.lead')}
          </Text>
          {startProblem ? (
            // Why a counter that was connected starts at the welcome screen (main's restore()).
            <Callout.Root color="amber" role="status" mb="5" data-testid="start-problem">
              <Callout.Text size="4">{t(`welcome.${startProblem}`)}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Grid columns={{ initial: '1', sm: '2' }} gap="5">
            <Choice
              ref={connectRef}
              title={t('welcome.connect')}
              hint={t('welcome.connectHint')}
              onPick={openConnect}
              disabled={demoStarting}
            />
            <Choice
              title={demoStarting ? t('welcome.startingDemo') : t('welcome.demo')}
              hint={t('welcome.demoHint')}
              onPick={() => void startDemo()}
              disabled={demoStarting}
              busy={demoStarting}
            />
          </Grid>
          {demoError ? (
            <Box mt="5">
              <ErrorCallout error={demoError} />
            </Box>
          ) : null}
          <Flex mt="6">
            <AboutDialog version={version} />
          </Flex>
        </main>
      </Container>
    </Flex>
  );
}

interface ChoiceProps {
  title: string;
  hint: string;
  onPick(): void;
  disabled: boolean;
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

/** One of the two large choices: a whole card is the button. */
function Choice({ title, hint, onPick, disabled, busy = false, ref }: ChoiceProps): ReactNode {
  return (
    <Card size="4" asChild>
      <button
        type="button"
        className="choice"
        ref={ref}
        onClick={onPick}
        disabled={disabled}
        aria-busy={busy}
      >
        {/* Spans only: a button may hold phrasing content, not headings or divs. */}
        <Flex as="span" direction="column" gap="3">
          <Flex as="span" align="center" gap="3">
            {busy ? <Spinner size="3" /> : null}
            <Text size="7" weight="bold">
              {title}
            </Text>
          </Flex>
          <Text size="4" color="gray" highContrast>
            {hint}
          </Text>
        </Flex>
      </button>
    </Card>
  );
}
