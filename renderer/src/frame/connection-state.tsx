import { Badge } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../stores/app-stores.ts';

/** Online, offline (the last DealPOS request found no network) or the demo store. */
export function ConnectionState() {
  const { t } = useTranslation();
  const mode = useAppStore('session', (state) => state.connection.mode);
  const online = useAppStore('session', (state) => state.connection.online);
  const [label, color] =
    mode === 'demo'
      ? [t('frame.demoStore'), 'orange' as const]
      : online
        ? [t('frame.online'), 'green' as const]
        : [t('frame.offline'), 'red' as const];
  return (
    <Badge size="3" color={color} variant="soft" highContrast role="status" data-testid="connection-state">
      <span className={`state-dot state-dot-${color}`} aria-hidden="true" />
      {label}
    </Badge>
  );
}
