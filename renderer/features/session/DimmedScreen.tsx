import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TouchShield } from './TouchShield';

/**
 * The idle attract screen, dimmed: black, with one faint line (so the kiosk does not look
 * broken) that is also its accessible name, nothing animating. The first touch only wakes it (TouchShield); a key wakes it too
 * and goes no further. Bilingual like the attract screen it covers.
 */
export function DimmedScreen({ onWake }: { onWake: () => void }) {
  const { t } = useTranslation();
  const shield = useRef<HTMLDivElement>(null);
  useEffect(() => {
    shield.current?.focus();
    const swallow = (event: KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
      onWake();
    };
    document.addEventListener('keydown', swallow, true);
    return () => document.removeEventListener('keydown', swallow, true);
  }, [onWake]);
  return (
    <TouchShield ref={shield} className="dimmed-screen" role="button" tabIndex={0} onTouch={onWake}>
      <span className="dimmed-hint">
        <span>{t('session.dimmed.wake', { lng: 'vi' })}</span>{' '}
        <span lang="en">{t('session.dimmed.wake', { lng: 'en' })}</span>
      </span>
    </TouchShield>
  );
}
