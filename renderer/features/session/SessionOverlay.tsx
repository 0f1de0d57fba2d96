import { DimmedScreen } from './DimmedScreen';
import { IdleWarning } from './IdleWarning';
import type { SessionPrivacy } from './useSessionPrivacy';
import './session.css';

/** What covers the screens when the resident may be gone: the idle warning, or the dimmed screen. */
export function SessionOverlay({ privacy }: { privacy: SessionPrivacy }) {
  const deadline = privacy.deadline();
  if (privacy.phase === 'warning' && deadline !== null) {
    return (
      <IdleWarning
        deadline={deadline}
        now={privacy.now}
        readAloud={privacy.readAloudUsed}
        onExtend={privacy.extend}
      />
    );
  }
  if (privacy.phase === 'dimmed') return <DimmedScreen onWake={privacy.wake} />;
  return null;
}

/** The screens' wrapper while an overlay covers them: out of reach, and hidden when dimmed. */
export const coveredLayer = (privacy: SessionPrivacy) => ({
  className: privacy.phase === 'dimmed' ? 'session-layer session-layer-dimmed' : 'session-layer',
  inert: privacy.phase === 'warning' || privacy.phase === 'dimmed',
});
