import { describeCatalogFolder } from '../../../../tests/support/catalog-folder-suite';
import { RESIDENCE_PROCEDURES } from './index';

describeCatalogFolder({
  title: 'residence procedures (domain.md §2.3)',
  procedures: RESIDENCE_PROCEDURES,
  ids: ['CT-TT', 'CT-TAMTRU', 'CT-GHTT', 'CT-TAM-VANG', 'CT-LUUTRU', 'CT-XOATT', 'CT-TACHHO'],
  categories: ['cu_tru'],
  questionCount: 127,
});
