import { Box, Button, Callout, Card, Flex, Heading, Text } from '@radix-ui/themes';
import { type FormEvent, useEffect, useState } from 'react';
import type { IpcError } from '../bridge/contract.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { TextInputField } from '../ui/text-input-field.tsx';
import { useManagerText } from './use-manager-text.ts';

type Problem = 'tooShort' | 'mismatch' | 'secretMissing' | 'secretWrong';

/**
 * Settings: set the first manager passcode, or change it with the current one. On a counter
 * already connected to a live store, the first passcode takes the store's Client Secret as proof
 * (main checks it), so not just anyone at the counter can set one.
 */
export function PasscodePanel({ connectedLive }: { connectedLive: boolean }) {
  const { t } = useManagerText();
  const status = useAppStore('approval', (state) => state.status);
  const loadStatus = useAppStore('approval', (state) => state.loadStatus);
  const setPasscode = useAppStore('approval', (state) => state.setPasscode);
  const [current, setCurrent] = useState('');
  const [clientSecret, setClientSecret] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  const isSet = status?.passcodeSet === true;
  const needsSecret = !isSet && connectedLive;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setSaved(false);
    setError(null);
    const found: Problem | null =
      next.length < 4
        ? 'tooShort'
        : next !== repeat
          ? 'mismatch'
          : needsSecret && clientSecret === ''
            ? 'secretMissing'
            : null;
    setProblem(found);
    if (found) return;
    setBusy(true);
    const failed = await setPasscode(
      isSet ? { current, next } : needsSecret ? { next, clientSecret } : { next },
    );
    setBusy(false);
    setCurrent('');
    setClientSecret('');
    // Main answers a wrong Client Secret as a refused approval: say which proof was wrong.
    if (failed && needsSecret && failed.kind === 'approval-refused') {
      setProblem('secretWrong');
      return;
    }
    if (failed) {
      setError(failed);
      return;
    }
    setNext('');
    setRepeat('');
    setSaved(true);
  };

  return (
    <Card size="3">
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <Flex direction="column" gap="4">
          <Box>
            <Heading as="h2" size="5" mb="1">
              {t('settings.title')}
            </Heading>
            <Text as="p" size="3" color="gray" highContrast>
              {t('settings.intro')}
            </Text>
            {status && !isSet ? (
              <Text as="p" size="3" weight="bold" mt="2">
                {t('settings.notSet')}
              </Text>
            ) : null}
          </Box>
          <Flex gap="4" wrap="wrap">
            {isSet ? (
              <PasswordField
                id="passcode-current"
                label={t('settings.current')}
                value={current}
                onChange={setCurrent}
              />
            ) : null}
            {needsSecret ? (
              <PasswordField
                id="passcode-client-secret"
                label={t('settings.clientSecret')}
                value={clientSecret}
                onChange={setClientSecret}
                maxLength={500}
              />
            ) : null}
            <PasswordField id="passcode-next" label={t('settings.next')} value={next} onChange={setNext} />
            <PasswordField
              id="passcode-repeat"
              label={t('settings.repeat')}
              value={repeat}
              onChange={setRepeat}
            />
          </Flex>
          <Text size="2" color="gray" highContrast>
            {needsSecret ? `${t('settings.clientSecretHint')} ${t('settings.hint')}` : t('settings.hint')}
          </Text>
          {problem ? (
            <Callout.Root color="red" size="2" role="alert">
              <Callout.Text>{t(`settings.${problem}`)}</Callout.Text>
            </Callout.Root>
          ) : null}
          {error ? <ErrorCallout error={error} /> : null}
          {saved ? (
            <Callout.Root color="green" size="2" role="status">
              <Callout.Text>{t('settings.saved')}</Callout.Text>
            </Callout.Root>
          ) : null}
          <Box>
            <Button type="submit" size="3" disabled={busy}>
              {busy ? t('settings.saving') : isSet ? t('settings.save') : t('settings.saveFirst')}
            </Button>
          </Box>
        </Flex>
      </form>
    </Card>
  );
}

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  maxLength?: number;
}

function PasswordField({ id, label, value, onChange, maxLength = 64 }: PasswordFieldProps) {
  return (
    <TextInputField
      id={id}
      label={label}
      minWidth="220px"
      type="password"
      value={value}
      maxLength={maxLength}
      onChange={(event) => onChange(event.currentTarget.value)}
      autoComplete="off"
    />
  );
}
