import { Button, Callout, Card, Flex, Heading, Spinner, Text } from '@radix-ui/themes';
import type { FormEvent } from 'react';
import type { LabelDocumentKind } from '../../../main/app-contract.ts';
import { DealposReply } from '../errors/dealpos-reply.tsx';
import { SegmentedField } from '../ui/segmented-field.tsx';
import { SelectField } from '../ui/select-field.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';
import type { LookupProblem } from './lookup-problem.ts';
import { useLabels } from './use-labels.ts';
import { type LabelsText, useLabelsText } from './use-labels-text.ts';

function ProblemCallout({
  problem,
  about,
}: {
  problem: LookupProblem;
  about: { kind: LabelDocumentKind; number: string; outlet: string } | null;
}) {
  const t = useLabelsText();
  const values = {
    kind: t(`document.${about?.kind ?? 'bill'}`).toLocaleLowerCase(),
    number: about?.number ?? '',
    outlet: about?.outlet ?? '',
  };
  return (
    <Callout.Root
      color={problem.kind === 'unknown-number' ? 'amber' : 'red'}
      role="alert"
      size="2"
      data-problem={problem.kind}
    >
      <Flex direction="column" gap="1">
        <Callout.Text weight="bold">{t(`problem.${problem.kind}.title`, values)}</Callout.Text>
        <Callout.Text>{t(`problem.${problem.kind}.hint`)}</Callout.Text>
        {problem.dealposMessage ? <DealposReply message={problem.dealposMessage} /> : null}
      </Flex>
    </Callout.Root>
  );
}

const kindLabel = (t: LabelsText, kind: LabelDocumentKind) => t(`document.${kind}`);

/** Bill or delivery, the outlet, the number (typed, or scanned: a scanner types it and presses Enter). */
export function DocumentForm() {
  const t = useLabelsText();
  const kind = useLabels((s) => s.kind);
  const outlet = useLabels((s) => s.outlet);
  const outlets = useLabels((s) => s.outlets);
  const number = useLabels((s) => s.number);
  const lookingUp = useLabels((s) => s.lookingUp);
  const problem = useLabels((s) => s.problem);
  const problemFor = useLabels((s) => s.problemFor);
  const document = useLabels((s) => s.document);
  const fromRecent = useLabels((s) => s.fromRecent);
  const fromScans = useLabels((s) => s.fromScans);
  const setKind = useLabels((s) => s.setKind);
  const setOutlet = useLabels((s) => s.setOutlet);
  const setNumber = useLabels((s) => s.setNumber);
  const lookUp = useLabels((s) => s.lookUp);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void lookUp();
  };

  return (
    <Card size="3">
      <form onSubmit={submit} aria-busy={lookingUp}>
        <Flex direction="column" gap="4">
          <Heading as="h2" size="5">
            {t('document.heading')}
          </Heading>
          <SegmentedField
            labelId="labels-kind"
            label={t('document.kind')}
            labelAs="label"
            labelSize="2"
            value={kind}
            options={[
              { value: 'bill', label: kindLabel(t, 'bill') },
              { value: 'delivery', label: kindLabel(t, 'delivery') },
            ]}
            onValueChange={(value) => setKind(value === 'delivery' ? 'delivery' : 'bill')}
          />
          <Flex gap="3" wrap="wrap" align="end">
            <SelectField
              labelId="labels-outlet"
              label={t('document.outlet')}
              labelSize="2"
              minWidth="200px"
              value={outlet || undefined}
              options={outlets.map((name) => ({ value: name, label: name }))}
              onValueChange={setOutlet}
            />
            <TextInputField
              id="labels-number"
              label={t('document.number')}
              labelSize="2"
              flexGrow="1"
              minWidth="260px"
              value={number}
              placeholder={t('document.numberPlaceholder')}
              autoComplete="off"
              spellCheck={false}
              maxLength={60}
              // The number is what the person types or scans first.
              autoFocus
              onChange={(event) => setNumber(event.target.value)}
            />
            <Button type="submit" size="3" disabled={lookingUp || number.trim() === '' || outlet === ''}>
              {lookingUp ? <Spinner /> : null}
              {lookingUp ? t('document.lookingUp') : t('document.lookUp')}
            </Button>
          </Flex>
          <Text size="2" color="gray">
            {t('document.numberHint')}
          </Text>
          {problem ? <ProblemCallout problem={problem} about={problemFor} /> : null}
          {document && !problem ? (
            <Callout.Root color="green" size="1" role="status">
              <Callout.Text>
                {fromScans
                  ? t('document.fromScans', { count: document.lines.length })
                  : t('document.loaded', {
                      kind: kindLabel(t, document.kind),
                      number: document.number,
                      outlet: document.outlet,
                      count: document.lines.length,
                    })}{' '}
                {fromRecent
                  ? t('document.fromRecent', { when: new Date(document.fetchedAt).toLocaleString() })
                  : ''}
              </Callout.Text>
            </Callout.Root>
          ) : null}
        </Flex>
      </form>
    </Card>
  );
}
