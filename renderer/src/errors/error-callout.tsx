import { Callout, Flex } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../bridge/contract.ts';
import { DealposReply } from './dealpos-reply.tsx';
import { describeError } from './describe-error.ts';

/** A failed call, said plainly: what happened, what to do, and DealPOS's own words where they help. */
export function ErrorCallout({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const text = describeError(error, t);
  return (
    <Callout.Root color="red" role="alert" size="3" data-error-kind={error.kind}>
      <Flex direction="column" gap="1">
        <Callout.Text size="4" weight="bold">
          {text.title}
        </Callout.Text>
        <Callout.Text>{text.hint}</Callout.Text>
        {text.dealposMessage ? (
          // A refusal names the role to ask the admin for: that stays in sight.
          <DealposReply message={text.dealposMessage} open={error.kind === 'forbidden'} />
        ) : null}
      </Flex>
    </Callout.Root>
  );
}
