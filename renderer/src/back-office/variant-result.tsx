import { Flex } from '@radix-ui/themes';
import { useAppStore } from '../stores/app-stores.ts';
import { PrintLabelsButton } from './print-labels-button.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';
import { WriteResult } from './write-result.tsx';

/** The answer to the last variant write, and the labels to reprint when it changed something. */
export function VariantResultView() {
  const { t } = useBackOfficeText();
  const result = useAppStore('variants', (s) => s.result);
  if (!result) return null;
  if (result.kind === 'delete') {
    return <WriteResult action="variant-delete" document={result.code} outcome={result.outcome} />;
  }
  if (result.kind === 'update') {
    // The form under it has the Print labels button.
    return (
      <WriteResult
        action="variant-update"
        document={result.code}
        outcome={result.outcome}
        extra={result.readBackFailed ? t('variant.readBackFailed') : null}
      />
    );
  }
  const outcome = result.outcome;
  return (
    <Flex direction="column" gap="3">
      <WriteResult
        action="variant-add"
        document={result.product}
        outcome={outcome}
        extra={
          outcome.result === 'done' && outcome.items.length > 0
            ? t('variant.added', { codes: outcome.items.map((i) => i.code).join(', ') })
            : null
        }
      />
      {outcome.result === 'done' ? (
        <Flex>
          <PrintLabelsButton />
        </Flex>
      ) : null}
    </Flex>
  );
}
