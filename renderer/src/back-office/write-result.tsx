import { Callout, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { DealposReply } from '../errors/dealpos-reply.tsx';
import { describeError } from '../errors/describe-error.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { TitledCallout } from '../ui/titled-callout.tsx';
import type { BackOfficeAction, IpcError, WriteOutcome } from './contract.ts';
import { translateDealpos } from './dealpos-texts.ts';
import type { BackOfficeTextKey } from './messages.ts';
import { useBackOfficeText } from './use-back-office-text.ts';

const refusalText: Partial<Record<IpcError['kind'], [BackOfficeTextKey, BackOfficeTextKey]>> = {
  forbidden: ['outcome.forbidden', 'outcome.forbiddenHint'],
  conflict: ['outcome.conflict', 'outcome.conflictHint'],
  'bad-request': ['outcome.badRequest', 'outcome.badRequestHint'],
};

/**
 * DealPOS's own words, and what they mean in Indonesian when the app knows the text. Inside a
 * callout by default; `plain` for a table cell.
 */
export function DealposWords({ text, plain }: { text: string; plain?: boolean }) {
  const { t, language } = useBackOfficeText();
  const meaning = language === 'en' ? null : translateDealpos(text, t);
  const Line = plain ? Text : Callout.Text;
  return (
    <>
      {meaning ? (
        <Line as="p" size={plain ? '2' : '3'} data-testid="dealpos-meaning">
          {t('common.meaning')} {meaning}
        </Line>
      ) : null}
      <DealposReply message={text} />
    </>
  );
}

export interface WriteResultProps {
  action: BackOfficeAction;
  /** The invoice or order number, variant or product code the write was about. */
  document: string;
  outcome: WriteOutcome;
  /** One more line under a success (e.g. what went into the catalog on this PC). */
  extra?: string | null;
}

/** How a write ended, said plainly: done (green), refused (red, nothing changed), or not sure (amber). */
export function WriteResult({ action, document, outcome, extra }: WriteResultProps) {
  const { t } = useBackOfficeText();
  const app = useTranslation();
  if (outcome.result === 'done') {
    return (
      <Callout.Root color="green" size="3" role="status" data-testid="write-result" data-result="done">
        <Flex direction="column" gap="1">
          <Callout.Text size="5" weight="bold">
            {t(`outcome.done.${action}`, { document })}
          </Callout.Text>
          {outcome.dealposMessage ? <DealposWords text={outcome.dealposMessage} /> : null}
          {extra ? <Callout.Text size="3">{extra}</Callout.Text> : null}
        </Flex>
      </Callout.Root>
    );
  }
  if (outcome.result === 'uncertain') {
    return (
      <Callout.Root color="amber" size="3" role="alert" data-testid="write-result" data-result="uncertain">
        <Flex direction="column" gap="1">
          <Callout.Text size="5" weight="bold">
            {t('outcome.uncertain')}
          </Callout.Text>
          <Callout.Text size="4">{t(`outcome.check.${action}`, { document })}</Callout.Text>
          <Callout.Text size="3">{t('outcome.uncertainWhy')}</Callout.Text>
          {outcome.error.dealposMessage ? <DealposWords text={outcome.error.dealposMessage} /> : null}
        </Flex>
      </Callout.Root>
    );
  }
  const known = refusalText[outcome.error.kind];
  const general = describeError(outcome.error, app.t);
  return (
    <Callout.Root
      color="red"
      size="3"
      role="alert"
      data-testid="write-result"
      data-result="refused"
      data-error-kind={outcome.error.kind}
    >
      <Flex direction="column" gap="1">
        <Callout.Text size="5" weight="bold">
          {known ? t(known[0]) : general.title} {t('outcome.refusedNothing')}
        </Callout.Text>
        <Callout.Text size="4">{known ? t(known[1]) : general.hint}</Callout.Text>
        {outcome.error.dealposMessage ? <DealposWords text={outcome.error.dealposMessage} /> : null}
      </Flex>
    </Callout.Root>
  );
}

/** A request the app could not send (not connected, an input main refused): nothing reached DealPOS. */
export function NotSent({ error }: { error: IpcError }) {
  const { t } = useBackOfficeText();
  // The app-wide text for refused input speaks of the Connect form; here it is a number or a code.
  if (error.kind !== 'invalid-input') return <ErrorCallout error={error} />;
  return (
    <TitledCallout
      color="red"
      size="3"
      role="alert"
      data-error-kind={error.kind}
      title={t('outcome.invalid')}
      hint={t('outcome.invalidHint')}
      hintSize="3"
    />
  );
}
