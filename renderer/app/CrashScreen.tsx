import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';

/** What a resident sees if the app hits a bug: an apology and one way forward. */
export function CrashScreen({ onRestart }: { onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="screen content">
      <h1>{t('crash.title')}</h1>
      <p>{t('crash.lead')}</p>
      <Button onClick={onRestart}>{t('crash.restart')}</Button>
    </main>
  );
}
