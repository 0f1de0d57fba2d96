import { useTranslation } from 'react-i18next';
import { ATTRACT_TOUCH_CLASS } from './attract-shown';

/** The calm loop between residents: says what the kiosk does, in both languages. One touch begins. */
export function AttractScreen({ onBegin }: { onBegin: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="attract">
      <button type="button" className={ATTRACT_TOUCH_CLASS} onClick={onBegin}>
        <span className="attract-title">{t('attract.title', { lng: 'vi' })}</span>
        <span className="attract-lead">{t('attract.lead', { lng: 'vi' })}</span>
        <span className="attract-lead attract-en" lang="en">
          {t('attract.lead', { lng: 'en' })}
        </span>
        <span className="attract-cta">{t('attract.touch', { lng: 'vi' })}</span>
        <span className="attract-cta attract-en" lang="en">
          {t('attract.touch', { lng: 'en' })}
        </span>
      </button>
    </main>
  );
}
