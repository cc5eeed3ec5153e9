import { Button, Flex, Spinner } from '@radix-ui/themes';
import { type FormEvent, type RefObject, useEffect } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { SegmentedField } from '../ui/segmented-field.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';
import { TitledCallout } from '../ui/titled-callout.tsx';
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
        <SegmentedField
          labelId="customers-find-by"
          label={t('search.by')}
          value={kind}
          options={kinds.map((item) => ({ value: item, label: t(`search.${item}`) }))}
          onValueChange={(value) => {
            if (!isKind(value)) return;
            setKind(value);
            inputRef.current?.focus();
          }}
        />
        <TextInputField
          id="customers-query"
          label={t('search.label')}
          flexGrow="1"
          minWidth="280px"
          inputRef={inputRef}
          className="customers-query"
          type={inputType[kind]}
          value={query}
          placeholder={t(placeholder[kind])}
          onChange={(event) => setQuery(event.currentTarget.value)}
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
        />
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
      <TitledCallout
        color="amber"
        size="3"
        role="status"
        data-testid="customer-not-found"
        title={t(notFoundText[notFound.by], { value: notFound.value })}
        hint={t('search.notFoundHint')}
      />
    );
  }
  if (!error) return null;
  if (error.kind !== 'invalid-input') return <ErrorCallout error={error} />;
  const phone = kind === 'phone';
  return (
    <TitledCallout
      color="red"
      size="3"
      role="alert"
      data-error-kind={error.kind}
      title={phone ? t('search.invalidPhone') : t('search.invalidInput')}
      hint={phone ? t('search.invalidPhoneHint') : t('search.invalidInputHint')}
    />
  );
}
