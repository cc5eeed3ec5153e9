import { Callout } from '@radix-ui/themes';
import { answerColour } from './outcome-look.ts';
import type { CountView } from './receive-count.ts';
import type { LastAnswer } from './receive-store.ts';
import { useReceiveText } from './use-receive-text.ts';

/** The big answer to the last scan: what it counted on, in the outcome's colour. */
export function ScanAnswer({ last, view }: { last: LastAnswer | null; view: CountView }) {
  const t = useReceiveText();
  if (!last) return <div className="receive-answer-empty" aria-hidden />;
  const line = last.line === null ? undefined : view.lines[last.line];
  const unexpected = view.unexpected.find((u) => u.code === last.code);
  const name = line?.name ?? unexpected?.name ?? last.code;
  const text = t(`answer.${last.outcome}`, {
    name,
    code: last.code,
    counted: line?.counted ?? 0,
    expected: line?.expected ?? 0,
  });
  return (
    <Callout.Root
      size="3"
      color={answerColour[last.outcome]}
      variant="surface"
      className="receive-answer"
      data-answer={last.outcome}
      data-serial={last.serial}
      role="status"
    >
      <Callout.Text size="5" weight="bold">
        {text}
      </Callout.Text>
    </Callout.Root>
  );
}
