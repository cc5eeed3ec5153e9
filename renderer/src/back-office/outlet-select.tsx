import { Flex, Select, Spinner, Text } from '@radix-ui/themes';
import { useEffect } from 'react';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { Field } from '../ui/field.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';

/** The outlet a document belongs to: this counter's own until someone picks another. */
export function OutletSelect({ id }: { id: string }) {
  const { t } = useBackOfficeText();
  const counterOutlet = useAppStore('session', (state) => state.connection.outlet?.name ?? null);
  const outlets = useAppStore('outlets', (s) => s.outlets);
  const chosen = useAppStore('outlets', (s) => s.chosen);
  const error = useAppStore('outlets', (s) => s.error);
  const load = useAppStore('outlets', (s) => s.load);
  const choose = useAppStore('outlets', (s) => s.choose);

  useEffect(() => {
    void load(counterOutlet);
  }, [load, counterOutlet]);

  const names = outlets?.map((o) => o.name) ?? (chosen ? [chosen] : []);
  return (
    <Field label={t('outlet.label')} htmlFor={id} labelId={`${id}-label`} minWidth="200px">
      {names.length > 0 ? (
        <Select.Root size="3" value={chosen ?? undefined} onValueChange={choose}>
          <Select.Trigger id={id} aria-labelledby={`${id}-label`} className="office-outlet" />
          <Select.Content position="popper">
            {names.map((name) => (
              <Select.Item key={name} value={name}>
                {name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select.Root>
      ) : (
        <Flex gap="2" align="center" height="40px">
          <Spinner />
          <Text size="3">{t('outlet.loading')}</Text>
        </Flex>
      )}
      {error ? <ErrorCallout error={error} /> : null}
    </Field>
  );
}
