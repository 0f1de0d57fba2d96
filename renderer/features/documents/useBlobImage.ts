import { useEffect, useRef } from 'react';

/**
 * Shows a Blob in an <img> through an object URL that lives exactly as long as the element shows
 * that blob: revoked when the blob changes or the image unmounts (removing a page, leaving the step).
 */
export function useBlobImage(blob: Blob) {
  const ref = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const image = ref.current;
    if (!image) return;
    const url = URL.createObjectURL(blob);
    image.src = url;
    return () => {
      image.removeAttribute('src');
      URL.revokeObjectURL(url);
    };
  }, [blob]);
  return ref;
}
