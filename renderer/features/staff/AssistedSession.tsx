import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './staff.css';

/**
 * Whether the resident's session on screen was started by ward staff. Shown on every screen of
 * that session as a visible marker, so the resident (and anyone watching) knows staff are helping;
 * cleared when the attract screen returns (StaffGate). The submission itself does not carry it:
 * the city hears of it from the staff.assisted_session audit event.
 */
interface Assisted {
  assisted: boolean;
  setAssisted: (assisted: boolean) => void;
}

const AssistedContext = createContext<Assisted>({ assisted: false, setAssisted: () => undefined });

export const useAssisted = (): Assisted => useContext(AssistedContext);

export function AssistedSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [assisted, setAssisted] = useState(false);
  const value = useMemo(() => ({ assisted, setAssisted }), [assisted]);
  return (
    <AssistedContext.Provider value={value}>
      {assisted && (
        <p className="staff-assisted-marker" role="status">
          {t('staff.assisted')}
        </p>
      )}
      {children}
    </AssistedContext.Provider>
  );
}
