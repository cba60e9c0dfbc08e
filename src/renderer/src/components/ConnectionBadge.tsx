import { useTranslation } from '../i18n';

/** Shown only while the live connection is down; the screen keeps its last picture meanwhile. */
export function ConnectionBadge({ connected }: { connected: boolean }) {
  const { t } = useTranslation();
  if (connected) return null;
  return (
    <div className="connection-badge" role="status" aria-live="polite">
      <span className="connection-badge__dot" aria-hidden="true" />
      {t('hostUnreachable')}
    </div>
  );
}
