import { useHoldGesture, type HoldGestureOptions } from './useHoldGesture';

/**
 * An unmarked corner of the attract screen that opens staff mode when held (useHoldGesture).
 * Hidden from screen readers and out of the tab order: residents are never offered it. A tap on it
 * begins the resident's session as the rest of the attract screen does.
 */
export function StaffCorner(props: HoldGestureOptions) {
  const gesture = useHoldGesture(props);
  return <div className="staff-corner" aria-hidden="true" data-testid="staff-corner" {...gesture} />;
}
