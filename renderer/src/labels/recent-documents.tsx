import { Button, Flex, Text } from '@radix-ui/themes';
import { useAppStore } from '../stores/app-stores.ts';
import { SectionCard } from '../ui/section-card.tsx';
import { useLabelsText } from './use-labels-text.ts';

/** The documents looked up lately: one click opens one again, without asking DealPOS. */
export function RecentDocuments() {
  const t = useLabelsText();
  const recent = useAppStore('labels', (s) => s.recent);
  const openRecent = useAppStore('labels', (s) => s.openRecent);
  return (
    <SectionCard title={t('recent.heading')} gap="3">
      {recent.length === 0 ? (
        <Text size="2" color="gray">
          {t('recent.empty')}
        </Text>
      ) : (
        <Flex direction="column" gap="2" asChild>
          <ul className="labels-recent-list">
            {recent.map((document) => (
              <li key={`${document.kind}/${document.outlet}/${document.number}`}>
                <Button
                  variant="soft"
                  color="gray"
                  size="2"
                  aria-label={t('recent.open', { number: document.number })}
                  onClick={() => openRecent(document)}
                >
                  <Text weight="bold">{document.number}</Text>
                  <Text>
                    {t(`document.${document.kind}`)} · {document.outlet} ·{' '}
                    {t('recent.lines', { count: document.lines.length })}
                  </Text>
                </Button>
              </li>
            ))}
          </ul>
        </Flex>
      )}
    </SectionCard>
  );
}
