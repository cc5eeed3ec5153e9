import { Button, Callout, Flex, SegmentedControl, Spinner, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, type RefObject, useEffect } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import type { LookupKind } from './customers-store.ts';
import { listenToSearchScans } from './search-scans.ts';
import { useCustomersText } from './use-customers-text.ts';

const kinds: readonly LookupKind[] = ['code', 'phone', 'email'];
const isKind = (value: string): value is LookupKind => (kinds as readonly string[]).includes(value);

const placeholder = {
  code: 'search.placeholderCode',
  phone: 'search.placeholderPhone',
  email: 'search.placeholderEmail',
} as const;
const notFoundText = {
  code: 'search.notFoundCode',
  phone: 'search.notFoundPhone',
  email: 'search.notFoundEmail',
} as const;
const inputType = { code: 'text', phone: 'tel', email: 'email' } as const;

/** Member code (typed or scanned through the keyboard wedge), mobile number or email; Enter finds. */
export function CustomerSearch({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { t } = useCustomersText();
  const kind = useAppStore('customers', (state) => state.lookupKind);
  const query = useAppStore('customers', (state) => state.query);
  const searching = useAppStore('customers', (state) => state.searching);
  const setKind = useAppStore('customers', (state) => state.setLookupKind);
  const setQuery = useAppStore('customers', (state) => state.setQuery);
  const find = useAppStore('customers', (state) => state.find);
  const scannerSettings = useAppStore('scannerSettings', (state) => state.settings);

  // A member card scanned into the search is found by its code, whatever the search is set to.
  useEffect(
    () =>
      listenToSearchScans(
        window,
        () => inputRef.current,
        (code) => void find({ by: 'code', value: code }),
        scannerSettings,
      ),
    [inputRef, find, scannerSettings],
  );

  const submit = (event: FormEvent) => {
    // The page never navigates (the CSP has form-action 'none'): the form is only for Enter.
    event.preventDefault();
    void find();
  };

  return (
    <form onSubmit={submit} aria-busy={searching} noValidate aria-label={t('search.label')}>
      <Flex gap="3" align="end" wrap="wrap">
        <Flex direction="column" gap="1">
          <Text size="3" weight="bold" id="customers-find-by">
            {t('search.by')}
          </Text>
          <SegmentedControl.Root
            size="3"
            value={kind}
            aria-labelledby="customers-find-by"
            onValueChange={(value) => {
              if (!isKind(value)) return;
              setKind(value);
              inputRef.current?.focus();
            }}
          >
            {kinds.map((item) => (
              <SegmentedControl.Item key={item} value={item}>
                {t(`search.${item}`)}
              </SegmentedControl.Item>
            ))}
          </SegmentedControl.Root>
        </Flex>
        <Flex direction="column" gap="1" flexGrow="1" minWidth="280px">
          <Text as="label" htmlFor="customers-query" size="3" weight="bold">
            {t('search.label')}
          </Text>
          <TextField.Root
            id="customers-query"
            ref={inputRef}
            size="3"
            className="customers-query"
            type={inputType[kind]}
            value={query}
            placeholder={t(placeholder[kind])}
            onChange={(event) => setQuery(event.currentTarget.value)}
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
          />
        </Flex>
        <Button type="submit" size="3" className="customers-find" disabled={searching}>
          {searching ? <Spinner size="3" /> : null}
          {searching ? t('search.finding') : t('search.find')}
        </Button>
      </Flex>
    </form>
  );
}

/** Nobody found, a phone that is not one, or a failure: said under the search. */
export function SearchProblem() {
  const { t } = useCustomersText();
  const notFound = useAppStore('customers', (state) => state.notFound);
  const error = useAppStore('customers', (state) => state.searchError);
  const kind = useAppStore('customers', (state) => state.lookupKind);

  if (notFound) {
    return (
      <Callout.Root color="amber" size="3" role="status" data-testid="customer-not-found">
        <Flex direction="column" gap="1">
          <Callout.Text size="4" weight="bold">
            {t(notFoundText[notFound.by], { value: notFound.value })}
          </Callout.Text>
          <Callout.Text>{t('search.notFoundHint')}</Callout.Text>
        </Flex>
      </Callout.Root>
    );
  }
  if (!error) return null;
  if (error.kind !== 'invalid-input') return <ErrorCallout error={error} />;
  const phone = kind === 'phone';
  return (
    <Callout.Root color="red" size="3" role="alert" data-error-kind={error.kind}>
      <Flex direction="column" gap="1">
        <Callout.Text size="4" weight="bold">
          {phone ? t('search.invalidPhone') : t('search.invalidInput')}
        </Callout.Text>
        <Callout.Text>{phone ? t('search.invalidPhoneHint') : t('search.invalidInputHint')}</Callout.Text>
      </Flex>
    </Callout.Root>
  );
}
