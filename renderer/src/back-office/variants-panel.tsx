import { Button, Card, Flex, Spinner, Text } from '@radix-ui/themes';
import { type FormEvent, useEffect, useRef } from 'react';
import { formatRupiah } from '../money/format-rupiah.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { AddVariants } from './add-variants.tsx';
import { ScanTextField } from './scan-text-field.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';
import { VariantForm } from './variant-form.tsx';
import { VariantResultView } from './variant-result.tsx';
import { NotSent } from './write-result.tsx';

/** Variants: find one (scan, code or name), edit it, delete it; or add variants to a product. */
export function VariantsPanel() {
  const { t } = useBackOfficeText();
  const query = useAppStore('variants', (s) => s.query);
  const setQuery = useAppStore('variants', (s) => s.setQuery);
  const search = useAppStore('variants', (s) => s.search);
  const searching = useAppStore('variants', (s) => s.searching);
  const loading = useAppStore('variants', (s) => s.loading);
  const notFound = useAppStore('variants', (s) => s.notFound);
  const noCatalog = useAppStore('variants', (s) => s.noCatalog);
  const error = useAppStore('variants', (s) => s.error);
  const sheet = useAppStore('variants', (s) => s.sheet);
  const adding = useAppStore('variants', (s) => s.adding);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => searchRef.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void search();
  };

  return (
    <Flex direction="column" gap="5" data-testid="office-variants">
      <form onSubmit={submit} noValidate aria-label={t('variant.search')}>
        <Flex gap="3" align="end" wrap="wrap">
          <ScanTextField
            id="office-variant-query"
            label={t('variant.search')}
            minWidth="320px"
            inputRef={searchRef}
            value={query}
            placeholder={t('variant.searchPlaceholder')}
            onChange={(event) => setQuery(event.currentTarget.value)}
          />
          <Button type="submit" size="3" className="office-go" disabled={searching || query.trim() === ''}>
            {searching ? <Spinner size="3" /> : null}
            {t('variant.find')}
          </Button>
        </Flex>
      </form>
      <VariantResultView />
      {error ? <NotSent error={error} /> : null}
      {loading ? (
        <Flex gap="2" align="center">
          <Spinner size="3" />
          <Text size="4">{t('variant.loading', { code: loading })}</Text>
        </Flex>
      ) : null}
      {notFound ? (
        <Text size="4" color="amber" role="status" data-testid="variant-not-found">
          {t('variant.noResults', { query: notFound })} {noCatalog ? t('variant.noCatalog') : ''}
        </Text>
      ) : null}
      <SearchResults />
      {sheet ? <VariantForm key={sheet.code} searchRef={searchRef} /> : null}
      {!sheet && !loading && !notFound ? (
        <Text size="4" color="gray" highContrast>
          {t('variant.start')}
        </Text>
      ) : null}
      {adding ? <AddVariants /> : <AddOpener />}
    </Flex>
  );
}

function AddOpener() {
  const { t } = useBackOfficeText();
  const setAdding = useAppStore('variants', (s) => s.setAdding);
  return (
    <Flex>
      <Button size="3" variant="soft" onClick={() => setAdding(true)}>
        {t('variant.addOpen')}
      </Button>
    </Flex>
  );
}

/** Several variants match: arrow keys or Tab to one, Enter opens it. */
function SearchResults() {
  const { t } = useBackOfficeText();
  const results = useAppStore('variants', (s) => s.results);
  const open = useAppStore('variants', (s) => s.open);
  if (!results) return null;
  return (
    <Card size="2">
      <Flex direction="column" gap="2">
        <Text size="3" weight="bold">
          {t('variant.results', { count: results.length })}
        </Text>
        <ul className="office-results" data-testid="variant-results">
          {results.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="office-result"
                onClick={() => void open(item.code)}
                onKeyDown={(event) => {
                  const list = event.currentTarget.closest('ul');
                  const buttons = [...(list?.querySelectorAll('button') ?? [])];
                  const at = buttons.indexOf(event.currentTarget);
                  const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
                  if (step !== 0) {
                    event.preventDefault();
                    buttons[at + step]?.focus();
                  }
                }}
              >
                <span className="office-result-code">{item.code}</span>
                <span className="office-result-name">{item.name}</span>
                <span className="office-result-price">{formatRupiah(item.unitPrice)}</span>
              </button>
            </li>
          ))}
        </ul>
      </Flex>
    </Card>
  );
}
