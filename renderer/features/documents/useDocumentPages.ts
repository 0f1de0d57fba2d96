import { useCallback, useState } from 'react';
import type { CapturedPhoto } from './take-photo';

/**
 * The pages photographed for each document, in memory only: they reach storage sealed, at submit.
 * Pages hold blobs, not object URLs; each thumbnail makes and revokes its own URL (useBlobImage).
 */
export interface DocumentPage extends CapturedPhoto {
  key: string;
}

export type PagesByDocument = Readonly<Record<string, readonly DocumentPage[]>>;
export type PhotosByDocument = Readonly<Record<string, readonly CapturedPhoto[]>>;

let pageCounter = 0;
const withKey = (photo: CapturedPhoto): DocumentPage => ({ ...photo, key: `page-${++pageCounter}` });

export function useDocumentPages(initial: PhotosByDocument = {}) {
  const [pages, setPages] = useState<PagesByDocument>(() =>
    Object.fromEntries(Object.entries(initial).map(([id, photos]) => [id, photos.map(withKey)])),
  );
  const add = useCallback((documentId: string, photo: CapturedPhoto) => {
    const page = withKey(photo);
    setPages((current) => ({ ...current, [documentId]: [...(current[documentId] ?? []), page] }));
  }, []);
  const remove = useCallback((documentId: string, key: string) => {
    setPages((current) => ({
      ...current,
      [documentId]: (current[documentId] ?? []).filter((page) => page.key !== key),
    }));
  }, []);
  return { pages, add, remove };
}
