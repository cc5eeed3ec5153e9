import { Box, Button, Callout, Flex, Spinner, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { Field as LabelledField } from '../ui/field.tsx';
import { useFocusOnMount } from '../ui/use-focus-on-mount.ts';
import type { CredentialField } from './connect-store.ts';

/** Store address, client ID and secret; Enter (or the button) tests them. */
export function CredentialsForm() {
  const { t } = useTranslation();
  const error = useAppStore('connect', (state) => state.error);
  const busy = useAppStore('connect', (state) => state.busy);
  const test = useAppStore('connect', (state) => state.test);
  const secretKept = useAppStore('session', (state) => state.appInfo?.secretProtection !== 'unavailable');
  const passcodeNeeded = useAppStore('connect', (state) => state.passcodeNeeded);
  const passcodeProblem = useAppStore('connect', (state) => state.passcodeProblem);
  const loadPasscodeNeed = useAppStore('connect', (state) => state.loadPasscodeNeed);

  useEffect(() => {
    void loadPasscodeNeed();
  }, [loadPasscodeNeed]);

  const submit = (event: FormEvent) => {
    // The page never navigates (the CSP has form-action 'none'): the form is only for Enter.
    event.preventDefault();
    void test();
  };

  return (
    <form onSubmit={submit} aria-busy={busy === 'testing'} noValidate>
      <Flex direction="column" gap="5">
        <Field field="host" label={t('connect.host')} hint={t('connect.hostHint')} autoFocus />
        <Field field="clientId" label={t('connect.clientId')} />
        <Field
          field="clientSecret"
          label={t('connect.clientSecret')}
          hint={secretKept ? t('connect.secretHint') : undefined}
          secret
        />
        {passcodeNeeded ? (
          <>
            {/* Side by side, with one hint under both: the Test button stays in a 1280 x 800 window. */}
            <Flex direction="column" gap="2">
              <Flex gap="4" wrap="wrap">
                <Box flexGrow="1" minWidth="220px">
                  <Field
                    field="passcode"
                    label={t('connect.passcode')}
                    describedBy="connect-passcode-hint"
                    secret
                  />
                </Box>
                <Box flexGrow="1" minWidth="220px">
                  <Field
                    field="passcodeRepeat"
                    label={t('connect.passcodeRepeat')}
                    describedBy="connect-passcode-hint"
                    secret
                  />
                </Box>
              </Flex>
              <Text id="connect-passcode-hint" size="3" color="gray" highContrast>
                {t('connect.passcodeHint')}
              </Text>
            </Flex>
            {passcodeProblem ? (
              <Callout.Root color="red" size="3" role="alert" data-passcode-problem={passcodeProblem}>
                <Callout.Text>
                  {t(
                    passcodeProblem === 'tooShort' ? 'connect.passcodeTooShort' : 'connect.passcodeMismatch',
                  )}
                </Callout.Text>
              </Callout.Root>
            ) : null}
          </>
        ) : null}
        {secretKept ? null : (
          <Callout.Root color="amber" size="3">
            <Callout.Text>{t('connect.secretNotKept')}</Callout.Text>
          </Callout.Root>
        )}
        {error ? <ErrorCallout error={error} /> : null}
        <Box>
          <Button type="submit" size="4" disabled={busy !== null}>
            {busy === 'testing' ? <Spinner size="3" /> : null}
            {busy === 'testing' ? t('connect.testing') : t('connect.test')}
          </Button>
        </Box>
      </Flex>
    </form>
  );
}

interface FieldProps {
  field: CredentialField;
  label: string;
  hint?: string | undefined;
  /** A hint shown elsewhere that this field shares. */
  describedBy?: string;
  secret?: boolean;
  autoFocus?: boolean;
}

function Field({ field, label, hint, describedBy, secret = false, autoFocus = false }: FieldProps) {
  const value = useAppStore('connect', (state) => state[field]);
  const setField = useAppStore('connect', (state) => state.setField);
  const focusRef = useFocusOnMount<HTMLInputElement>();
  const id = `connect-${field}`;
  return (
    <LabelledField label={label} htmlFor={id} labelSize="4" gap="2">
      <TextField.Root
        id={id}
        ref={autoFocus ? focusRef : undefined}
        size="3"
        type={secret ? 'password' : 'text'}
        value={value}
        onChange={(event) => setField(field, event.currentTarget.value)}
        autoComplete="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : describedBy}
      />
      {hint ? (
        <Text id={`${id}-hint`} size="3" color="gray" highContrast>
          {hint}
        </Text>
      ) : null}
    </LabelledField>
  );
}
