import { Button } from '@radix-ui/themes';
import { useAppStore } from '../stores/app-stores.ts';
import { useBackOfficeText } from './use-back-office-text.ts';

/** Straight to the Labels tab, to reprint the labels of what was just changed. */
export function PrintLabelsButton() {
  const { t } = useBackOfficeText();
  const show = useAppStore('frame', (state) => state.show);
  return (
    <Button size="3" variant="surface" onClick={() => show('labels')}>
      {t('variant.printLabels')}
    </Button>
  );
}
