import { Button, Dialog, Flex, Text, TextField } from '@radix-ui/themes';
import { useId, useState } from 'react';
import { createBurstEnterGuard } from '../ui/burst-enter.ts';
import type { CorrectionProblem, LineView } from './receive-count.ts';
import { useReceiveText } from './use-receive-text.ts';

export interface CorrectionDialogProps {
  /** The line being corrected; null closes the dialog. */
  line: LineView | null;
  onClose(): void;
  /** Saves the correction: null once saved, else why not. */
  onSave(to: number, reason: string): Promise<CorrectionProblem | null>;
}

/**
 * Sets a line's count by hand, with the reason the report will carry. It is no form: Enter in a
 * field saves nothing, and a scanner's Enter (the end of a burst of keys) presses nothing, so a
 * stray scan can never confirm it; the Save button is reached on purpose.
 */
export function CorrectionDialog({ line, onClose, onSave }: CorrectionDialogProps) {
  const t = useReceiveText();
  const [endsBurst] = useState(createBurstEnterGuard);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<CorrectionProblem | null>(null);
  const toId = useId();
  const reasonId = useId();
  const noEnter = (event: { key: string; preventDefault(): void }) => {
    if (event.key === 'Enter') event.preventDefault();
  };
  const reset = () => {
    setTo('');
    setReason('');
    setProblem(null);
  };
  return (
    <Dialog.Root
      open={line !== null}
      onOpenChange={(open) => {
        if (!open) {
          reset();
          onClose();
        }
      }}
    >
      <Dialog.Content
        maxWidth="520px"
        data-testid="receive-correction"
        onKeyDownCapture={(event) => {
          if (endsBurst(event.key, event.timeStamp)) {
            event.preventDefault();
            event.stopPropagation();
          }
        }}
      >
        <Dialog.Title>{t('correction.title')}</Dialog.Title>
        <Dialog.Description size="3">
          {line
            ? t('correction.line', {
                name: line.name,
                code: line.code,
                expected: line.expected,
                counted: line.counted,
              })
            : null}
        </Dialog.Description>
        <Flex direction="column" gap="3" mt="4">
          <Text as="label" htmlFor={toId} weight="bold">
            {t('correction.to')}
          </Text>
          <TextField.Root
            id={toId}
            size="3"
            inputMode="numeric"
            autoComplete="off"
            value={to}
            onChange={(event) => setTo(event.target.value.replace(/\D+/g, ''))}
            onKeyDown={noEnter}
          />
          <Text as="label" htmlFor={reasonId} weight="bold">
            {t('correction.reason')}
          </Text>
          <TextField.Root
            id={reasonId}
            size="3"
            autoComplete="off"
            maxLength={200}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            onKeyDown={noEnter}
          />
          <Text size="2" color="gray">
            {t('correction.reasonHint')}
          </Text>
          {problem ? (
            <Text color="red" role="alert">
              {t(`correction.${problem}`)}
            </Text>
          ) : null}
        </Flex>
        <Flex gap="3" mt="5" justify="end">
          <Dialog.Close>
            <Button size="3" variant="soft" color="gray">
              {t('correction.cancel')}
            </Button>
          </Dialog.Close>
          <Button
            size="3"
            onClick={async () => {
              const answer = await onSave(to === '' ? Number.NaN : Number(to), reason);
              if (answer) setProblem(answer);
              else {
                reset();
                onClose();
              }
            }}
          >
            {t('correction.save')}
          </Button>
        </Flex>
      </Dialog.Content>
    </Dialog.Root>
  );
}
