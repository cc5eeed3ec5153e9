import { Button, Callout, Flex, Text } from '@radix-ui/themes';
import { useState } from 'react';
import type { IpcError } from '../bridge/contract.ts';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { useAppStore } from '../stores/app-stores.ts';
import { useDesktopText } from '../ui/desktop-texts.ts';
import { SectionCard } from '../ui/section-card.tsx';

/**
 * Settings → Save a support bundle: main gathers the logs, versions and states into one zip and
 * asks where to save it; the page adds what only it knows (the catalog in its IndexedDB).
 */
export function SupportBundlePanel() {
  const { t } = useDesktopText();
  const items = useAppStore('catalog', (state) => state.count);
  const completedAt = useAppStore('catalog', (state) => state.completedAt);
  const unfinished = useAppStore('catalog', (state) => state.unfinished);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<{ path: string; files: number } | null>(null);
  const [error, setError] = useState<IpcError | null>(null);

  const save = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    const answer = await dealposBridge().invoke('support:save-bundle', {
      catalog: { items, completedAt: completedAt === null ? null : Math.round(completedAt), unfinished },
    });
    setBusy(false);
    if (!answer.ok) setError(answer.error);
    else if (answer.value.saved) setSaved({ path: answer.value.path, files: answer.value.files.length });
  };

  return (
    <SectionCard title={t('support.title')} gap="3" testId="support-bundle">
      <Text as="p" size="3">
        {t('support.intro')}
      </Text>
      <Flex>
        <Button size="3" variant="soft" disabled={busy} onClick={() => void save()}>
          {busy ? t('support.saving') : t('support.save')}
        </Button>
      </Flex>
      {saved ? (
        <Callout.Root color="green" role="status" data-testid="support-bundle-saved">
          <Callout.Text size="3">
            {t('support.saved', { path: saved.path })} · {t('support.files', { count: saved.files })}
          </Callout.Text>
        </Callout.Root>
      ) : null}
      {error ? <ErrorCallout error={error} /> : null}
    </SectionCard>
  );
}
