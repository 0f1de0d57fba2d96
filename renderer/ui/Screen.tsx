import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplaySettingsButton, DisplaySettingsPanel } from '../features/accessibility/DisplaySettings';
import { ReadAloudButton, ReadAloudNotice } from '../features/accessibility/ReadAloudButton';
import { useDocumentLanguage } from '../features/accessibility/useDocumentLanguage';
import { useReadAloud } from '../features/accessibility/useReadAloud';
import { Button } from './Button';
import { LanguageToggle } from './LanguageToggle';

/**
 * Layout of every resident screen: a top bar (home, read aloud, text size and contrast, language),
 * one heading that takes focus when the screen changes (so screen readers announce it), the
 * content, and the actions at the bottom where a thumb reaches them. "Đọc to" reads the content
 * (`<main>`), never the answers typed into it (features/accessibility/readable-text.ts).
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
  const main = useRef<HTMLElement>(null);
  const readAloud = useReadAloud(main, title);
  const [displayOpen, setDisplayOpen] = useState(false);
  const displayPanelId = useId();
  const displayButton = useRef<HTMLButtonElement>(null);
  useDocumentLanguage();
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
          <ReadAloudButton control={readAloud} />
          <DisplaySettingsButton
            ref={displayButton}
            panelId={displayPanelId}
            open={displayOpen}
            onToggle={() => setDisplayOpen((open) => !open)}
          />
          <LanguageToggle />
        </nav>
      </header>
      {displayOpen && (
        <DisplaySettingsPanel
          id={displayPanelId}
          onClose={() => {
            setDisplayOpen(false);
            displayButton.current?.focus();
          }}
        />
      )}
      <ReadAloudNotice control={readAloud} />
      <main className="content" ref={main}>
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
