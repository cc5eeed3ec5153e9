import { Button, Dialog, Flex, Text } from '@radix-ui/themes';
import { AppIcon } from './app-icon.tsx';
import { useDesktopText } from './desktop-texts.ts';

/** The About box: the app's icon, name and version (what support asks first). */
export function AboutDialog({ version }: { version: string | undefined }) {
  const { t } = useDesktopText();
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button size="3" variant="soft" color="gray" data-testid="about-open">
          {t('about.open')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content size="4" maxWidth="460px" data-testid="about-dialog">
        <Flex direction="column" align="center" gap="3">
          <AppIcon size={128} />
          <Dialog.Title size="6" mb="0">
            {t('about.title')}
          </Dialog.Title>
          {version ? (
            <Text size="4" weight="bold" data-testid="about-version">
              {t('about.version', { version })}
            </Text>
          ) : null}
          <Dialog.Description size="3" align="center">
            {t('about.body')}
          </Dialog.Description>
          <Dialog.Close>
            <Button size="3" mt="3">
              {t('about.close')}
            </Button>
          </Dialog.Close>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
