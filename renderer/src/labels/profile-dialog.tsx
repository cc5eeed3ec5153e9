import { Badge, Button, Checkbox, Dialog, Flex, Grid, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, useEffect, useState } from 'react';
import type { LabelFields, LabelProfile, ProfileField, ProfileProblem } from '../bridge/contract.ts';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { draftOf, inputOf, type NumberField, type ProfileDraft } from './profile-form.ts';
import { type LabelKey, type LabelsText, useLabelsText } from './use-labels-text.ts';

const fieldNames: (keyof LabelFields)[] = [
  'productName',
  'variant',
  'code',
  'barcode',
  'price',
  'outlet',
  'date',
];

const numberLabels: Record<NumberField, LabelKey> = {
  'page.width': 'profiles.width',
  'page.height': 'profiles.height',
  'label.width': 'profiles.width',
  'label.height': 'profiles.height',
  columns: 'profiles.columns',
  rows: 'profiles.rows',
  'margin.top': 'profiles.marginTop',
  'margin.left': 'profiles.marginLeft',
  'gap.x': 'profiles.gapX',
  'gap.y': 'profiles.gapY',
  padding: 'profiles.padding',
};

function problemText(problem: ProfileProblem, t: LabelsText): string {
  switch (problem.kind) {
    case 'too-long':
      return t('profiles.problem.too-long', { max: problem.max });
    case 'out-of-range':
      return t('profiles.problem.out-of-range', { min: problem.min, max: problem.max });
    case 'does-not-fit':
      return t('profiles.problem.does-not-fit', { overBy: problem.overBy });
    case 'too-small-for-barcode':
      return t('profiles.problem.too-small-for-barcode', { min: problem.min });
    default:
      return t(`profiles.problem.${problem.kind}`);
  }
}

function Problems({
  field,
  problems,
  t,
}: {
  field: ProfileField;
  problems: ProfileProblem[];
  t: LabelsText;
}) {
  const mine = problems.filter((p) => p.field === field);
  if (mine.length === 0) return null;
  return (
    <Text size="1" color="red" role="alert" data-problem-field={field}>
      {mine.map((p) => problemText(p, t)).join(' ')}
    </Text>
  );
}

function ProfileEditor({ initial, onDone }: { initial: ProfileDraft; onDone(): void }) {
  const t = useLabelsText();
  const checkProfile = useAppStore('labels', (s) => s.checkProfile);
  const saveProfile = useAppStore('labels', (s) => s.saveProfile);
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<ProfileProblem[]>([]);
  const [perPage, setPerPage] = useState<number | null>(null);

  // Main checks as the admin types (no DealPOS request), so every problem shows at its field.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void checkProfile(inputOf(draft)).then((check) => {
        if (!live || !check) return;
        setProblems(check.ok ? [] : check.problems);
        setPerPage(check.ok ? check.layout.perPage : null);
      });
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [checkProfile, draft]);

  const setNumber = (field: NumberField, value: string) =>
    setDraft((d) => ({ ...d, numbers: { ...d.numbers, [field]: value } }));

  const askManager = useManagerApproval();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // A size with problems is not worth a manager's passcode: they show at their fields already.
    if (problems.length > 0) return;
    await askManager({
      title: t('profiles.saveTitle', { name: draft.name.trim() }),
      body: t('profiles.saveBody'),
      confirmLabel: t('profiles.save'),
      run: async (approval) => {
        const answer = await saveProfile(inputOf(draft), approval);
        if ('kind' in answer) return answer;
        if (answer.saved) onDone();
        else setProblems(answer.problems);
        return null;
      },
    });
  };

  const numberInput = (field: NumberField) => (
    <Flex direction="column" gap="1" key={field}>
      <Text as="label" size="2" htmlFor={`profile-${field}`}>
        {t(numberLabels[field])}
      </Text>
      <TextField.Root
        id={`profile-${field}`}
        inputMode="decimal"
        value={draft.numbers[field]}
        onChange={(event) => setNumber(field, event.target.value)}
      />
      <Problems field={field} problems={problems} t={t} />
    </Flex>
  );

  return (
    <form onSubmit={(event) => void submit(event)}>
      <Flex direction="column" gap="4">
        <Flex direction="column" gap="1">
          <Text as="label" size="2" weight="bold" htmlFor="profile-name">
            {t('profiles.name')}
          </Text>
          <TextField.Root
            id="profile-name"
            value={draft.name}
            maxLength={80}
            onChange={(event) => setDraft((d) => ({ ...d, name: event.target.value }))}
          />
          <Problems field="name" problems={problems} t={t} />
        </Flex>
        <Text size="2" weight="bold">
          {t('profiles.page')}
        </Text>
        <Grid columns="2" gap="3">
          {numberInput('page.width')}
          {numberInput('page.height')}
        </Grid>
        <Text size="2" weight="bold">
          {t('profiles.label')}
        </Text>
        <Grid columns="3" gap="3">
          {numberInput('label.width')}
          {numberInput('label.height')}
          {numberInput('padding')}
          {numberInput('columns')}
          {numberInput('rows')}
          <span />
          {numberInput('margin.top')}
          {numberInput('margin.left')}
          <span />
          {numberInput('gap.x')}
          {numberInput('gap.y')}
        </Grid>
        <Flex direction="column" gap="2">
          <Text size="2" weight="bold">
            {t('profiles.fields')}
          </Text>
          <Grid columns="2" gap="2">
            {fieldNames.map((name) => (
              <Text as="label" size="2" key={name}>
                <Flex gap="2" align="center">
                  <Checkbox
                    checked={draft.fields[name]}
                    onCheckedChange={(checked) =>
                      setDraft((d) => ({ ...d, fields: { ...d.fields, [name]: checked === true } }))
                    }
                  />
                  {t(`profiles.field.${name}`)}
                </Flex>
              </Text>
            ))}
          </Grid>
          <Problems field="fields" problems={problems} t={t} />
        </Flex>
        {perPage !== null ? (
          <Text size="2" color="gray">
            {t('profiles.perPage', { count: perPage })}
          </Text>
        ) : null}
        <Flex gap="3" justify="end" className="labels-profile-actions">
          <Button type="button" variant="soft" color="gray" onClick={onDone}>
            {t('profiles.cancel')}
          </Button>
          <Button type="submit" disabled={problems.length > 0}>
            {t('profiles.save')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function ProfileList({ onEdit }: { onEdit(profile: LabelProfile, asCopy: boolean): void }) {
  const t = useLabelsText();
  const profiles = useAppStore('labels', (s) => s.profiles);
  const deleteProfile = useAppStore('labels', (s) => s.deleteProfile);
  const askManager = useManagerApproval();
  const askToDelete = (profile: LabelProfile) =>
    askManager({
      title: t('profiles.deleteTitle', { name: profile.name }),
      body: t('profiles.deleteBody'),
      confirmLabel: t('profiles.delete'),
      run: (approval) => deleteProfile(profile.id, approval),
    });
  return (
    <Flex direction="column" gap="2" asChild>
      <ul className="labels-recent-list">
        {profiles.map((profile) => (
          <li key={profile.id}>
            <Flex gap="2" align="center" justify="between" wrap="wrap">
              <Flex gap="2" align="center">
                <Text weight="bold">{profile.name}</Text>
                {profile.builtIn ? <Badge color="gray">{t('profiles.builtIn')}</Badge> : null}
              </Flex>
              <Flex gap="2">
                <Button size="1" variant="soft" onClick={() => onEdit(profile, true)}>
                  {t('profiles.copy')}
                </Button>
                {profile.builtIn ? null : (
                  <>
                    <Button size="1" variant="soft" onClick={() => onEdit(profile, false)}>
                      {t('profiles.edit')}
                    </Button>
                    <Button size="1" variant="soft" color="red" onClick={() => void askToDelete(profile)}>
                      {t('profiles.delete')}
                    </Button>
                  </>
                )}
              </Flex>
            </Flex>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

/** The label sizes: built-in ones to copy, the admin's own to edit, in millimetres. */
export function ProfileDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const t = useLabelsText();
  const [editing, setEditing] = useState<ProfileDraft | null>(null);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        if (!next) setEditing(null);
        onOpenChange(next);
      }}
    >
      <Dialog.Content maxWidth="640px" maxHeight="calc(100vh - 48px)">
        <Dialog.Title>{t('profiles.heading')}</Dialog.Title>
        <Dialog.Description size="2" color="gray">
          {t('profiles.hint')}
        </Dialog.Description>
        <Flex direction="column" gap="4" mt="4">
          {editing ? (
            <ProfileEditor
              key={editing.id ?? editing.name}
              initial={editing}
              onDone={() => setEditing(null)}
            />
          ) : (
            <ProfileList
              onEdit={(profile, asCopy) =>
                setEditing(
                  draftOf(profile, asCopy ? { name: t('profiles.copyName', { name: profile.name }) } : null),
                )
              }
            />
          )}
          {editing ? null : (
            <Flex justify="end">
              <Dialog.Close>
                <Button variant="soft" color="gray">
                  {t('profiles.close')}
                </Button>
              </Dialog.Close>
            </Flex>
          )}
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
