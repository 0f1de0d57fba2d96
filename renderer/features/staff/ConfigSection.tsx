import { useTranslation } from 'react-i18next';
import type { RendererConfig } from '../../../shared/config/provisioning-config';

/**
 * The provisioning file in brief. Only the renderer's public subset exists here (no enrolment
 * token, no PIN hash: they never leave the main process), and of that only what helps staff on
 * the phone with IT.
 */
export function ConfigSection({ config }: { config: RendererConfig }) {
  const { t } = useTranslation();
  return (
    <section className="staff-section" aria-labelledby="staff-config">
      <h2 id="staff-config">{t('staff.config.title')}</h2>
      <ul className="staff-facts">
        <li>{t('staff.config.kiosk', { id: config.kioskId })}</li>
        <li>{t('staff.config.ward', { code: config.wardCode })}</li>
        <li className="staff-url">{t('staff.config.api', { url: config.cityApiUrl })}</li>
        <li>{t('staff.config.locales', { locales: config.locales.join(', ') })}</li>
      </ul>
    </section>
  );
}
