import { Badge, Box, Button, Callout, Dialog, Flex, Spinner, Text, TextField } from '@radix-ui/themes';
import { type FormEvent, type KeyboardEvent, useMemo, useRef, useState } from 'react';
import type { IpcError, ManagerStatus } from '../bridge/contract.ts';
import { clockTime, countdown } from '../i18n/format-time.ts';
import { useAppStore } from '../stores/app-stores.ts';
import { createBurstEnterGuard } from '../ui/burst-enter.ts';
import { type ManagerT, useManagerText } from './use-manager-text.ts';

/**
 * The one manager dialog of the page: a guarded action waits here for the manager passcode
 * (a password field, never shown) and the manager's name (kept for the session). Enter submits
 * only when a person typed it: a scanner's burst ending in Enter is ignored.
 */
export function ApprovalDialog() {
  const request = useAppStore('approval', (state) => state.request);
  const cancel = useAppStore('approval', (state) => state.cancel);
  return (
    <Dialog.Root
      open={request !== null}
      onOpenChange={(open) => {
        if (!open) cancel();
      }}
    >
      <Dialog.Content
        size="4"
        maxWidth="560px"
        aria-describedby={request?.body ? 'approval-body' : undefined}
      >
        {/* A fresh form per request: no passcode typed for one action is left for the next. */}
        {request ? <ApprovalForm key={request.title + request.confirmLabel} /> : null}
      </Dialog.Content>
    </Dialog.Root>
  );
}

function ApprovalForm() {
  const { t, language } = useManagerText();
  const request = useAppStore('approval', (state) => state.request);
  const approver = useAppStore('approval', (state) => state.approver);
  const setApprover = useAppStore('approval', (state) => state.setApprover);
  const busy = useAppStore('approval', (state) => state.busy);
  const refusal = useAppStore('approval', (state) => state.refusal);
  const status = useAppStore('approval', (state) => state.status);
  const submit = useAppStore('approval', (state) => state.submit);
  const cancel = useAppStore('approval', (state) => state.cancel);
  const [passcode, setPasscode] = useState('');
  const isBurstEnter = useMemo(() => createBurstEnterGuard(), []);
  const passcodeRef = useRef<HTMLInputElement>(null);

  const locked = status?.lockedUntil != null && status.lockedUntil > Date.now();
  const notSet = status?.passcodeSet === false;
  const ready = passcode !== '' && approver.trim() !== '' && !busy && !locked && !notSet;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    await submit(passcode);
    // A refused passcode is typed again from the start, with the keys back in its field.
    setPasscode('');
    passcodeRef.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (isBurstEnter(event.key, event.timeStamp)) event.preventDefault();
  };

  if (!request) return null;
  const notice = noticeOf(t, language, status, refusal);
  return (
    <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-busy={busy}>
      <Flex direction="column" gap="4">
        <Box>
          <Badge size="2" color="amber" mb="2">
            {t('dialog.badge')}
          </Badge>
          <Dialog.Title size="6" mb="1">
            {request.title}
          </Dialog.Title>
          {request.body ? (
            <Dialog.Description id="approval-body" size="4">
              {request.body}
            </Dialog.Description>
          ) : null}
        </Box>
        <Field id="approval-passcode" label={t('dialog.passcode')} hint={t('dialog.passcodeHint')}>
          <TextField.Root
            id="approval-passcode"
            ref={passcodeRef}
            size="3"
            type="password"
            autoFocus
            value={passcode}
            onChange={(event) => setPasscode(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="approval-passcode-hint"
            aria-invalid={refusal?.kind === 'approval-refused'}
          />
        </Field>
        <Field id="approval-approver" label={t('dialog.approver')} hint={t('dialog.approverHint')}>
          <TextField.Root
            id="approval-approver"
            size="3"
            value={approver}
            maxLength={60}
            onChange={(event) => setApprover(event.currentTarget.value)}
            autoComplete="off"
            aria-describedby="approval-approver-hint"
          />
        </Field>
        {notice ? (
          <Callout.Root color={notice.color} size="2" role="alert" data-approval={notice.kind}>
            <Callout.Text size="3" weight="bold">
              {notice.text}
            </Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex gap="3" justify="end" wrap="wrap">
          <Button type="button" size="3" variant="soft" color="gray" onClick={cancel}>
            {t('dialog.cancel')}
          </Button>
          <Button type="submit" size="3" color="red" disabled={!ready}>
            {busy ? <Spinner size="2" /> : null}
            {busy ? t('dialog.checking') : request.confirmLabel}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint: string;
  children: React.ReactNode;
}) {
  return (
    <Flex direction="column" gap="1">
      <Text as="label" htmlFor={id} size="3" weight="bold">
        {label}
      </Text>
      {children}
      <Text id={`${id}-hint`} size="2" color="gray" highContrast>
        {hint}
      </Text>
    </Flex>
  );
}

interface Notice {
  kind: 'not-set' | 'locked' | 'wrong';
  color: 'red' | 'amber';
  text: string;
}

/** What the dialog says above its buttons: no passcode yet, the lock and its end, or the tries left. */
function noticeOf(
  t: ManagerT,
  language: string,
  status: ManagerStatus | null,
  refusal: IpcError | null,
): Notice | null {
  if (status?.passcodeSet === false) return { kind: 'not-set', color: 'amber', text: t('dialog.notSet') };
  const until = status?.lockedUntil ?? null;
  if (until !== null && until > Date.now()) {
    return {
      kind: 'locked',
      color: 'red',
      text: t('dialog.locked', { time: countdown(until - Date.now()), clock: clockTime(until, language) }),
    };
  }
  if (refusal?.kind === 'approval-refused') {
    return { kind: 'wrong', color: 'red', text: t('dialog.wrong', { count: status?.triesLeft ?? 0 }) };
  }
  return null;
}
