import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { useLocalized } from '../../i18n/useLocalized';
import type { CaptureDocument } from './capture-documents';
import type { DocumentPage } from './useDocumentPages';
import { useBlobImage } from './useBlobImage';

/** One document: its name, whether it is required, its pages as thumbnails, and "Chụp ảnh". */
export function DocumentRow({
  document,
  pages,
  onCapture,
  onRemove,
}: {
  document: CaptureDocument;
  pages: readonly DocumentPage[];
  onCapture(): void;
  onRemove(key: string): void;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const nameId = useId();
  return (
    <section className="document-row" aria-labelledby={nameId}>
      <div className="document-head">
        <h2 id={nameId} className="document-name">
          {localized(document.name)}
        </h2>
        {document.condition && <p className="document-condition">{localized(document.condition)}</p>}
        <p className="document-facts">
          <span className={document.required ? 'document-badge required' : 'document-badge'}>
            {t(document.required ? 'documents.required' : 'documents.optional')}
          </span>
          <span>
            {pages.length === 0 ? t('documents.noPages') : t('documents.pageCount', { count: pages.length })}
          </span>
        </p>
      </div>
      {pages.length > 0 && (
        <ul className="document-pages">
          {pages.map((page, index) => (
            <PageThumbnail
              key={page.key}
              page={page}
              number={index + 1}
              onRemove={() => onRemove(page.key)}
            />
          ))}
        </ul>
      )}
      <Button variant="secondary" onClick={onCapture}>
        {t(pages.length === 0 ? 'documents.take' : 'documents.takeMore')}
      </Button>
    </section>
  );
}

function PageThumbnail({ page, number, onRemove }: { page: DocumentPage; number: number; onRemove(): void }) {
  const { t } = useTranslation();
  const ref = useBlobImage(page.blob);
  return (
    <li className="document-page">
      <img ref={ref} alt={t('documents.pageAlt', { page: number })} width={page.width} height={page.height} />
      {/* The image's alt text already says this to a screen reader. */}
      <span className="document-page-number" aria-hidden="true">
        {t('documents.pageAlt', { page: number })}
      </span>
      <Button
        variant="secondary"
        aria-label={t('documents.removeLabel', { page: number })}
        onClick={onRemove}
      >
        {t('documents.remove')}
      </Button>
    </li>
  );
}
