import { useCallback, useEffect, useRef } from 'react';
import { useAccessibilityServices } from '../accessibility/AccessibilityContext';

/**
 * Whether this resident has had the screen read aloud: then the idle warning is read aloud too,
 * since they may not see it. Forgotten when the session ends.
 */
export function useReadAloudUsed(inSession: boolean): () => boolean {
  const { reader } = useAccessibilityServices();
  const used = useRef(false);
  useEffect(() => {
    if (!inSession) used.current = false;
  }, [inSession]);
  useEffect(
    () =>
      reader.subscribe(() => {
        if (reader.getState().speaking) used.current = true;
      }),
    [reader],
  );
  return useCallback(() => used.current, []);
}
