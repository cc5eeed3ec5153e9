import { Button } from '@radix-ui/themes';
import { useFrame } from '../app/stores-context.tsx';
import { useBackOfficeText } from './use-back-office-text.ts';

/** Straight to the Labels tab, to reprint the labels of what was just changed. */
export function PrintLabelsButton() {
  const { t } = useBackOfficeText();
  const show = useFrame((state) => state.show);
  return (
    <Button size="3" variant="surface" onClick={() => show('labels')}>
      {t('variant.printLabels')}
    </Button>
  );
}
