import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { StaffMode, preloadStaffMode } from '../../app/lazy-screens';
import { useAssisted } from './AssistedSession';
import { StaffCorner } from './StaffCorner';

/**
 * The attract screen with the staff corner over it. Holding the corner opens staff mode (its own
 * lazy chunk: PIN pad, then the staff panel) in place of the attract screen; leaving staff mode
 * comes back here. Being here also ends any assisted session: the next resident is on their own.
 */
export function StaffGate({ children, onBegin }: { children: ReactNode; onBegin: () => void }) {
  const [open, setOpen] = useState(false);
  const { setAssisted } = useAssisted();
  useEffect(() => setAssisted(false), [setAssisted]);
  if (open) {
    return (
      <Suspense fallback={<main className="screen" aria-busy="true" />}>
        <StaffMode
          onClose={() => setOpen(false)}
          onAssistedSession={() => {
            setOpen(false);
            setAssisted(true);
            onBegin();
          }}
        />
      </Suspense>
    );
  }
  return (
    <>
      {children}
      <StaffCorner onHold={() => setOpen(true)} onTap={onBegin} onPress={() => void preloadStaffMode()} />
    </>
  );
}
