import { useMemo, useRef, useState, type ReactNode } from 'react';
import { useServices } from '../../app/services';
import { staffAudit } from './staff-audit';
import { StaffPanel } from './StaffPanel';
import { StaffUnlockScreen } from './StaffUnlockScreen';
import { useIdleTimeout } from './useIdleTimeout';

/** The staff panel closes itself after this long without a touch. */
export const PANEL_IDLE_MS = 2 * 60_000;

/**
 * Staff assist mode, loaded as a chunk of its own: the PIN pad, then the panel. Leaving (the exit
 * button, the idle lock, or starting an assisted session) is audited with how long staff mode
 * lasted; the next time it opens, it asks for the PIN again.
 */
export function StaffMode({
  onClose,
  onAssistedSession,
}: {
  onClose: () => void;
  onAssistedSession: () => void;
}) {
  const services = useServices();
  const record = useMemo(() => staffAudit(services), [services]);
  const unlockedAt = useRef<number | null>(null);
  const [unlocked, setUnlocked] = useState(false);

  if (!unlocked) {
    return (
      <StaffUnlockScreen
        record={record}
        onCancel={onClose}
        onUnlocked={() => {
          unlockedAt.current = Date.now();
          setUnlocked(true);
        }}
      />
    );
  }
  const leave = (action: 'staff.exit' | 'staff.assisted_session', then: () => void) => {
    const durationSeconds = Math.min(
      86_400,
      Math.round((Date.now() - (unlockedAt.current ?? Date.now())) / 1000),
    );
    void record(action, { durationSeconds });
    then();
  };
  return (
    <UnlockedPanel
      onIdle={() => leave('staff.exit', onClose)}
      panel={
        <StaffPanel
          record={record}
          onExit={() => leave('staff.exit', onClose)}
          onAssistedSession={() => leave('staff.assisted_session', onAssistedSession)}
        />
      }
    />
  );
}

/** The panel with its idle lock, mounted only while unlocked. */
function UnlockedPanel({ panel, onIdle }: { panel: ReactNode; onIdle: () => void }) {
  useIdleTimeout(PANEL_IDLE_MS, onIdle);
  return panel;
}
