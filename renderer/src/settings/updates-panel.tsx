import { Button, Flex, Text } from '@radix-ui/themes';
import { useEffect, useState } from 'react';
import type { IpcError, UpdateSettingsView } from '../bridge/contract.ts';
import { dealposBridge } from '../bridge/dealpos-bridge.ts';
import { ErrorCallout } from '../errors/error-callout.tsx';
import { dateTime } from '../i18n/format-time.ts';
import { useManagerApproval } from '../manager/use-manager-approval.ts';
import { type DesktopT, useDesktopText } from '../ui/desktop-texts.ts';
import { SectionCard } from '../ui/section-card.tsx';
import { TextInputField } from '../ui/text-input-field.tsx';

function stateText(view: UpdateSettingsView, t: DesktopT, language: string): string {
  const version = view.version ?? '';
  switch (view.phase) {
    case 'unavailable':
      return t('updates.unavailable');
    case 'checking':
      return t('updates.checking');
    case 'downloading':
      return t('updates.downloading', { version });
    case 'ready':
      return view.busy.length > 0 ? t('updates.waiting', { version }) : t('updates.ready', { version });
    case 'offline':
      return t('updates.offline');
    case 'failed':
      return t('updates.failed');
    case 'up-to-date':
      return view.checkedAt === null
        ? t('updates.never')
        : t('updates.upToDate', { when: dateTime(view.checkedAt, language) });
    default:
      return t('updates.never');
  }
}

/** Settings → Updates: the state, a check now, the restart once ready, and the admin's feed address. */
export function UpdatesPanel() {
  const { t, language } = useDesktopText();
  const askManager = useManagerApproval();
  const [view, setView] = useState<UpdateSettingsView | null>(null);
  const [feed, setFeed] = useState('');
  const [error, setError] = useState<IpcError | null>(null);
  const [feedSaved, setFeedSaved] = useState(false);

  useEffect(() => {
    void dealposBridge()
      .invoke('updates:state')
      .then((answer) => {
        if (!answer.ok) return;
        setView(answer.value);
        setFeed(answer.value.feedUrl ?? '');
      });
  }, []);

  const act = async (channel: 'updates:check' | 'updates:restart') => {
    setError(null);
    const answer = await dealposBridge().invoke(channel);
    if (!answer.ok) setError(answer.error);
    else if (answer.value !== null) setView(answer.value);
  };

  const saveFeed = () =>
    void askManager({
      title: t('updates.feed'),
      body: t('updates.feedHint'),
      confirmLabel: t('updates.saveFeed'),
      run: async (approval) => {
        const feedUrl = feed.trim() === '' ? null : feed.trim();
        const answer = await dealposBridge().invoke('updates:set-feed', { feedUrl, approval });
        if (!answer.ok) return answer.error;
        setView(answer.value);
        setFeedSaved(true);
        return null;
      },
    });

  if (!view) return null;
  return (
    <SectionCard title={t('updates.title')} gap="3" testId="updates">
      <Text as="p" size="3">
        {t('updates.current', { version: view.current })} {stateText(view, t, language)}
      </Text>
      <Flex gap="3" wrap="wrap">
        <Button
          size="3"
          variant="soft"
          disabled={view.phase === 'unavailable' || view.phase === 'checking'}
          onClick={() => void act('updates:check')}
        >
          {t('updates.check')}
        </Button>
        {view.phase === 'ready' ? (
          <Button size="3" disabled={view.busy.length > 0} onClick={() => void act('updates:restart')}>
            {t('updates.restart')}
          </Button>
        ) : null}
      </Flex>
      <Flex align="end" gap="3" wrap="wrap">
        <TextInputField
          id="update-feed"
          label={t('updates.feed')}
          placeholder="https://"
          value={feed}
          onChange={(event) => {
            setFeed(event.target.value);
            setFeedSaved(false);
          }}
          flexGrow="1"
          maxWidth="520px"
        />
        <Button size="3" variant="soft" onClick={saveFeed}>
          {t('updates.saveFeed')}
        </Button>
      </Flex>
      <Text size="2" color="gray">
        {feedSaved ? t('updates.feedSaved') : t('updates.feedHint')}
      </Text>
      {error ? <ErrorCallout error={error} /> : null}
    </SectionCard>
  );
}
