import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { LanguageToggle } from './LanguageToggle';

/**
 * Layout of every resident screen: a top bar (home, language), one heading that
 * takes focus when the screen changes (so screen readers announce it), the
 * content, and the actions at the bottom where a thumb reaches them.
 */
export function Screen({
  title,
  children,
  onBack,
  onHome,
  actions,
}: {
  title: string;
  children: ReactNode;
  onBack?: () => void;
  onHome?: () => void;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [title]);
  return (
    <div className="screen">
      <header className="topbar">
        <span className="brand">{t('common.brand')}</span>
        <nav className="topbar-actions" aria-label={t('common.navigation')}>
          {onHome && (
            <Button variant="quiet" onClick={onHome}>
              {t('common.home')}
            </Button>
          )}
          <LanguageToggle />
        </nav>
      </header>
      <main className="content">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {children}
      </main>
      {(onBack || actions) && (
        <footer className="actions">
          {onBack && (
            <Button variant="secondary" onClick={onBack}>
              {t('common.back')}
            </Button>
          )}
          <div className="actions-main">{actions}</div>
        </footer>
      )}
    </div>
  );
}
