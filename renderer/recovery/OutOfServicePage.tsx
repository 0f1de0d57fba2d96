import { useTranslation } from 'react-i18next';

/**
 * What the kiosk shows when its page keeps crashing (electron/services/window-recovery.ts): a
 * static page, prerendered at build time (tools/recovery), so no script can crash it again. Both
 * languages at once: nobody can choose one here.
 */
export function OutOfServicePage() {
  const { t } = useTranslation();
  return (
    <main className="out-of-service">
      <section lang="vi">
        <h1>{t('outOfService.title', { lng: 'vi' })}</h1>
        <p>{t('outOfService.help', { lng: 'vi' })}</p>
        <p>{t('outOfService.queueSafe', { lng: 'vi' })}</p>
      </section>
      <section lang="en" className="out-of-service-en">
        <h2>{t('outOfService.title', { lng: 'en' })}</h2>
        <p>{t('outOfService.help', { lng: 'en' })}</p>
        <p>{t('outOfService.queueSafe', { lng: 'en' })}</p>
      </section>
    </main>
  );
}
