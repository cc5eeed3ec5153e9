import { Button, Card, Container, Flex, Heading } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-stores.ts';
import { TopBar } from '../ui/top-bar.tsx';
import { CredentialsForm } from './credentials-form.tsx';
import { OutletStep } from './outlet-step.tsx';
import { WeakEncryptionDialog } from './weak-encryption-dialog.tsx';

/** Connect this counter to a DealPOS store: credentials, test, outlet, save. */
export function ConnectScreen() {
  const { t } = useTranslation();
  const step = useAppStore('connect', (state) => state.step);
  const backToWelcome = useAppStore('session', (state) => state.backToWelcome);
  const savedWithoutOutlet = useAppStore('session', (state) => state.connection.mode === 'live');

  const back = savedWithoutOutlet ? null : (
    <Button variant="soft" size="3" onClick={backToWelcome}>
      {t('connect.back')}
    </Button>
  );

  return (
    <Flex direction="column" className="screen">
      <TopBar start={back} />
      <Container size="2" px="5" py="6" asChild>
        <main>
          <Heading as="h1" size="8" mb="5">
            {t('connect.title')}
          </Heading>
          <Card size="4">{step === 'credentials' ? <CredentialsForm /> : <OutletStep />}</Card>
          <WeakEncryptionDialog />
        </main>
      </Container>
    </Flex>
  );
}
