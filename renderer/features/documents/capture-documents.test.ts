import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOG } from '../../../shared/procedures/catalog';
import { captureDocumentsOf, missingDocuments } from './capture-documents';

describe('captureDocumentsOf', () => {
  it('takes the documents marked for capture, with ids from their position', () => {
    const documents = captureDocumentsOf({
      documents: [
        { name: { vi: 'Tờ khai', en: 'Form' }, original: 1, copy: 0 },
        {
          name: { vi: 'Giấy chứng sinh', en: 'Birth certificate' },
          original: 1,
          copy: 0,
          capture: 'required',
        },
        {
          name: { vi: 'Văn bản ủy quyền', en: 'Authorisation' },
          condition: { vi: 'Khi nộp thay', en: 'When filing for someone' },
          original: 1,
          copy: 0,
          capture: 'optional',
        },
      ],
    });
    expect(documents).toEqual([
      { id: 'doc-2', name: { vi: 'Giấy chứng sinh', en: 'Birth certificate' }, required: true },
      {
        id: 'doc-3',
        name: { vi: 'Văn bản ủy quyền', en: 'Authorisation' },
        condition: { vi: 'Khi nộp thay', en: 'When filing for someone' },
        required: false,
      },
    ]);
    expect(missingDocuments(documents, () => 0).map((d) => d.id)).toEqual(['doc-2']);
    expect(missingDocuments(documents, () => 1)).toEqual([]);
  });

  it('gives every catalog procedure attachment-safe ids', () => {
    for (const procedure of BUNDLED_CATALOG.procedures) {
      for (const document of captureDocumentsOf(procedure)) expect(document.id).toMatch(/^[a-z0-9-]{1,30}$/);
    }
  });
});
