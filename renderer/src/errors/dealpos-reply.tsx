import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * DealPOS's own reply, folded under "Details". The person reads the app's words first (what
 * happened, what to do); DealPOS's raw text, often English whatever the app's language, stays one
 * click away for whoever checks it in DealPOS or calls for help. `open` where DealPOS's words are
 * what the person needs, such as the role a refusal names for their admin.
 */
export function DealposReply(props: { message: string; open?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const { message, children } = props;
  return (
    <details className="dealpos-reply" data-testid="dealpos-reply" open={props.open}>
      <summary>{t('app.details')}</summary>
      <p>
        {t('errors.dealposSays')} <q className="dealpos-quote">{message}</q>
      </p>
      {children}
    </details>
  );
}
