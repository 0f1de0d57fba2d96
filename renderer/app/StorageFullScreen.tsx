import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

/**
 * Shown instead of a form when the kiosk has no room to store another submission:
 * better to say so before the resident starts than to fail at submit. What is
 * already queued is untouched and still being sent.
 */
export function StorageFullScreen({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="screen">
      <main className="content">
        <h1>{t('storageFull.title')}</h1>
        <p className="lead">{t('storageFull.lead')}</p>
        <p>{t('storageFull.help')}</p>
      </main>
      <footer className="actions">
        <Button variant="secondary" onClick={onBack}>
          {t('common.back')}
        </Button>
      </footer>
    </div>
  );
}
