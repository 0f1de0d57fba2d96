import { useEffect, useRef } from 'react';
import { sessionWipe } from '../session/wipe-registry';

/**
 * Shows a Blob in an <img> through an object URL that lives exactly as long as the element shows
 * that blob: revoked when the blob changes or the image unmounts (removing a page, leaving the step),
 * and by the session's privacy wipe, which runs before the screen goes away.
 */
export function useBlobImage(blob: Blob) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const image = ref.current;
    if (!image) return;
    const url = URL.createObjectURL(blob);
    image.src = url;
    const revoke = () => {
      // Only while it is on the page: Chromium keeps an <img> whose src changes after it was removed
      // from the document (with everything around it) for the rest of the page's life.
      if (image.isConnected) image.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
    const unregister = sessionWipe.register('object-url', revoke);
    return () => {
      unregister();
      revoke();
    };
  }, [blob]);
  return ref;
}
